package org.disputeregistry.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free local port for a server a test starts later. It is taken below the kernel's ephemeral
 * range: a port handed out by the kernel to someone binding port 0 (an embedded Kafka broker, an
 * outgoing connection) comes from that range, so it cannot take ours between this choice and our
 * bind. Another test choosing the same port at random remains possible, and rare.
 */
public final class Ports {

  private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

  /** Linux's default start of the ephemeral range, where the kernel does not say. */
  private static final int DEFAULT_EPHEMERAL_START = 32768;

  private static final int LOWEST = 10000;

  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private Ports() {}

  public static int free() {
    int below = ephemeralStart();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int attempt = 0; attempt < 1000; attempt++) {
      int port = random.nextInt(LOWEST, below);
      if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
        return port;
      }
    }
    throw new IllegalStateException("No free port between " + LOWEST + " and " + below);
  }

  private static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int ephemeralStart() {
    try {
      int start = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
      return start > LOWEST + 1000 ? start : DEFAULT_EPHEMERAL_START;
    } catch (IOException | RuntimeException e) {
      return DEFAULT_EPHEMERAL_START;
    }
  }
}
