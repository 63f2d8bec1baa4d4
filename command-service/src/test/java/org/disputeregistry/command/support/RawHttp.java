package org.disputeregistry.command.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** HTTP as a hostile client sends it, where ordinary clients would not. */
public final class RawHttp {

  private RawHttp() {}

  /**
   * Sends {@code body} chunked (no Content-Length) on a raw socket that reads the answer while it
   * writes: HTTP clients give up the exchange when the server stops reading the body, which is the
   * point. Returns the answer as received.
   */
  public static String postChunked(
      String rootUri, String path, String contentType, String authorization, InputStream body)
      throws Exception {
    URI root = URI.create(rootUri);
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(60_000);
      Thread writer =
          new Thread(
              () -> {
                try (body) {
                  OutputStream out = socket.getOutputStream();
                  out.write(
                      ("POST "
                              + path
                              + " HTTP/1.1\r\n"
                              + "Host: localhost\r\nContent-Type: "
                              + contentType
                              + "\r\nAuthorization: "
                              + authorization
                              + "\r\n"
                              + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                          .getBytes(StandardCharsets.US_ASCII));
                  byte[] chunk = new byte[65_536];
                  for (int n = body.readNBytes(chunk, 0, chunk.length);
                      n > 0;
                      n = body.readNBytes(chunk, 0, chunk.length)) {
                    out.write(
                        (Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk, 0, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                  }
                  out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException refused) {
                  // The server stopped reading: expected.
                }
              });
      writer.start();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n = socket.getInputStream().read(buffer);
            n > 0;
            n = socket.getInputStream().read(buffer)) {
          received.write(buffer, 0, n);
          if (received.toString(StandardCharsets.UTF_8).contains("}\r\n")) {
            break;
          }
        }
      } catch (SocketException reset) {
        // The connection may be reset once the answer is in.
      }
      socket.close();
      writer.join(60_000);
      return received.toString(StandardCharsets.UTF_8);
    }
  }

  /** Sends {@code request} as it is on a connection of its own; returns the whole answer. */
  public static String send(String rootUri, byte[] request) throws IOException {
    URI root = URI.create(rootUri);
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(60_000);
      socket.getOutputStream().write(request);
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
