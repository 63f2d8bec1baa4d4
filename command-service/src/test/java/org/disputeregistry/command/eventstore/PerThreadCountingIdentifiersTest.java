package org.disputeregistry.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class PerThreadCountingIdentifiersTest {

  @Test
  void axonFindsItThroughTheServiceLoader() {
    assertThat(IdentifierFactory.getInstance()).isInstanceOf(PerThreadCountingIdentifiers.class);
  }

  @Test
  void givesVersion8UuidsThatDoNotRepeatAcrossThreads() {
    IdentifierFactory identifiers = new PerThreadCountingIdentifiers();
    Set<String> seen = ConcurrentHashMap.newKeySet();

    IntStream.range(0, 40_000)
        .parallel()
        .forEach(i -> assertThat(seen.add(identifiers.generateIdentifier())).isTrue());

    assertThat(seen)
        .allSatisfy(
            id -> {
              UUID uuid = UUID.fromString(id);
              assertThat(uuid.version()).isEqualTo(8);
              assertThat(uuid.variant()).isEqualTo(2);
              assertThat(uuid.toString()).isEqualTo(id);
            });
  }

  @Test
  void threadsDrawDifferentHighBits() throws InterruptedException {
    IdentifierFactory identifiers = new PerThreadCountingIdentifiers();
    String[] other = new String[1];
    Thread thread = new Thread(() -> other[0] = identifiers.generateIdentifier());
    thread.start();
    thread.join();

    long mine = UUID.fromString(identifiers.generateIdentifier()).getMostSignificantBits();
    assertThat(UUID.fromString(other[0]).getMostSignificantBits()).isNotEqualTo(mine);
  }
}
