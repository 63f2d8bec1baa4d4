package org.disputeregistry.command;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.disputeregistry.command.lifecycle.Actor;
import org.disputeregistry.command.reference.ReferenceCodes;
import org.disputeregistry.events.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommandServiceConfiguration {

  /** "Today" for date checks and the recorded-at time of events, in the district's zone. */
  @Bean
  Clock clock(@Value("${registry.time-zone}") ZoneId zone) {
    Clock clock = Clock.system(zone);
    // Axon stamps events through this static clock; tests can swap in a fixed one.
    GenericEventMessage.clock = clock;
    return clock;
  }

  @Bean
  ReferenceCodes referenceCodes(@Value("${registry.reference-data:}") String file) {
    return new ReferenceCodes(
        file.isBlank() ? ReferenceData.defaults() : ReferenceData.load(Path.of(file)));
  }

  /**
   * Copies the actor of a command, and the organisation it acted for, into the metadata of every
   * event it causes. Commands only: the relay's unit of work asks every provider about each event
   * it publishes (for a result message nobody reads), which made Axon deserialise every event's
   * metadata again (JFR: an eighth of the relay's CPU).
   */
  @Bean
  CorrelationDataProvider actorCorrelation() {
    CorrelationDataProvider actor =
        new SimpleCorrelationDataProvider(Actor.METADATA_KEY, Actor.ORGANISATION_KEY);
    return message ->
        message instanceof CommandMessage<?> ? actor.correlationDataFor(message) : Map.of();
  }
}
