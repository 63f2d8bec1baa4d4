package org.disputeregistry.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.disputeregistry.command.lifecycle.Actor;
import org.junit.jupiter.api.Test;

/** A command's actor goes into the metadata of its events; an event's is not read again. */
class ActorCorrelationTest {

  private final CorrelationDataProvider correlation =
      new CommandServiceConfiguration().actorCorrelation();
  private final MetaData actor =
      MetaData.with(Actor.METADATA_KEY, "officer.li")
          .and(Actor.ORGANISATION_KEY, "district-reconsideration-office")
          .and("other", "not copied");

  @Test
  void aCommandsActorAndOrganisationAreCopied() {
    assertThat(
            correlation.correlationDataFor(
                GenericCommandMessage.asCommandMessage("open").andMetaData(actor)))
        .isEqualTo(
            Map.of(
                Actor.METADATA_KEY,
                "officer.li",
                Actor.ORGANISATION_KEY,
                "district-reconsideration-office"));
  }

  @Test
  void anEventHandledByTheRelayGivesNothing() {
    assertThat(
            correlation.correlationDataFor(
                GenericEventMessage.asEventMessage("published").andMetaData(actor)))
        .isEmpty();
  }
}
