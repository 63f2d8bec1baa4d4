package org.disputeregistry.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.disputeregistry.infra.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RememberedPortsTest {

  @TempDir Path data;

  @Test
  void thePickedPortIsTheSameOnTheNextStart() {
    int first = RememberedPorts.of(data).port("postgres", 0);

    assertThat(RememberedPorts.of(data).port("postgres", 0)).isEqualTo(first);
  }

  @Test
  void anExplicitPortWinsAndIsRemembered() {
    RememberedPorts.of(data).port("postgres", 0);
    int explicit = FreePorts.pick();

    assertThat(RememberedPorts.of(data).port("postgres", explicit)).isEqualTo(explicit);
    assertThat(RememberedPorts.of(data).port("postgres", 0)).isEqualTo(explicit);
  }

  @Test
  void aRememberedPortTakenBySomeoneElseIsReplaced() throws Exception {
    int first = RememberedPorts.of(data).port("kafka", 0);
    try (ServerSocket stranger = new ServerSocket()) {
      stranger.bind(new InetSocketAddress(first));

      assertThat(RememberedPorts.of(data).port("kafka", 0)).isNotEqualTo(first);
    }
  }

  @Test
  void eachNameHasItsOwnPort() {
    RememberedPorts ports = RememberedPorts.of(data);

    assertThat(ports.port("kafka-1", 0)).isNotEqualTo(ports.port("kafka-2", 0));
  }
}
