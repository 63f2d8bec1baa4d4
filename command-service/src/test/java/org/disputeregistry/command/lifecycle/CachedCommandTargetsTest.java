package org.disputeregistry.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.disputeregistry.command.petition.AcceptCommand;
import org.disputeregistry.events.CaseId;
import org.junit.jupiter.api.Test;

class CachedCommandTargetsTest {

  private final CachedCommandTargets cached = new CachedCommandTargets();
  private final AnnotationCommandTargetResolver axons =
      AnnotationCommandTargetResolver.builder().build();

  record Versioned(@TargetAggregateIdentifier String id, @TargetAggregateVersion long version) {}

  record Untargeted(String id) {}

  @Test
  void findsTheSameCaseAndVersionAsAxonsResolver() {
    for (Object command :
        new Object[] {
          new AcceptCommand(CaseId.of(UUID.randomUUID().toString()), UUID.randomUUID(), null),
          new Versioned("case-7", 3),
          new AcceptCommand(CaseId.of(UUID.randomUUID().toString()), null, LocalDate.now())
        }) {
      var message = GenericCommandMessage.asCommandMessage(command);
      for (int again = 0; again < 2; again++) {
        VersionedAggregateIdentifier mine = cached.resolveTarget(message);
        VersionedAggregateIdentifier theirs = axons.resolveTarget(message);
        assertThat(mine.getIdentifier()).isEqualTo(theirs.getIdentifier());
        assertThat(mine.getVersion()).isEqualTo(theirs.getVersion());
      }
    }
  }

  @Test
  void refusesACommandWithoutTargetInAxonsWords() {
    var message = GenericCommandMessage.asCommandMessage(new Untargeted("x"));

    assertThatThrownBy(() -> cached.resolveTarget(message))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("It does not identify the target aggregate.");
    assertThatThrownBy(() -> axons.resolveTarget(message))
        .hasMessageContaining("It does not identify the target aggregate.");
  }
}
