package org.disputeregistry.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.stream.IntStream;

/** Ports fixed for the whole campaign, so that every launcher start uses the same ones. */
record Ports(int command, int query, int postgres, int kafka) {

  static Ports pickFree() {
    int[] ports = IntStream.generate(Ports::free).distinct().limit(4).toArray();
    return new Ports(ports[0], ports[1], ports[2], ports[3]);
  }

  private static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String commandUrl() {
    return "http://localhost:" + command;
  }

  String queryUrl() {
    return "http://localhost:" + query;
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:"
        + postgres
        + "/"
        + database
        + "?connectTimeout=5&socketTimeout=60";
  }
}
