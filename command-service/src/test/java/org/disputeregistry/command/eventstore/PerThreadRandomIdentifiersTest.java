package org.disputeregistry.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class PerThreadRandomIdentifiersTest {

  @Test
  void axonFindsItThroughTheServiceLoader() {
    assertThat(IdentifierFactory.getInstance()).isInstanceOf(PerThreadRandomIdentifiers.class);
  }

  @Test
  void givesRandomVersion4UuidsThatDoNotRepeatAcrossThreads() {
    IdentifierFactory identifiers = new PerThreadRandomIdentifiers();
    Set<String> seen = ConcurrentHashMap.newKeySet();

    IntStream.range(0, 40_000)
        .parallel()
        .forEach(i -> assertThat(seen.add(identifiers.generateIdentifier())).isTrue());

    UUID uuid = UUID.fromString(seen.iterator().next());
    assertThat(uuid.version()).isEqualTo(4);
    assertThat(uuid.variant()).isEqualTo(2);
    assertThat(seen).allSatisfy(id -> assertThat(UUID.fromString(id).toString()).isEqualTo(id));
  }
}
