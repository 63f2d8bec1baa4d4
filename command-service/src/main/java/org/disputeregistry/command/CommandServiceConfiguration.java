package org.disputeregistry.command;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
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
   * event it causes.
   */
  @Bean
  CorrelationDataProvider actorCorrelation() {
    return new SimpleCorrelationDataProvider(Actor.METADATA_KEY, Actor.ORGANISATION_KEY);
  }
}
