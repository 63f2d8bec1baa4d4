package org.disputeregistry.command.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.Labels;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.events.RegistryJson;

/**
 * One event of a case's timeline: what happened (its type and label), on which business date, when
 * it was recorded, by whom for which organisation, and the event's own fields as stored (events
 * carry no personal data, by design of the contract).
 *
 * @param actorOrganisation absent on events recorded before organisations were recorded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TimelineEvent(
    @Schema(example = "1") long sequence,
    @Schema(example = "ReconsiderationAccepted") String type,
    Label label,
    @Schema(example = "2023-03-16") LocalDate businessDate,
    Instant recordedAt,
    @Schema(example = "officer.li") String actor,
    @Schema(example = "RECONSIDERATION_OFFICE") String actorOrganisation,
    @Schema(description = "The event's fields, as in the event catalogue") JsonNode data) {

  /** What happened, in Chinese and English. */
  public record Label(@Schema(example = "受理") String zh, @Schema(example = "Accepted") String en) {}

  static TimelineEvent of(DomainEventMessage<?> message) {
    CaseEvent event = (CaseEvent) message.getPayload();
    String type = EventCatalog.typeOf(event.getClass()).name();
    ReferenceData.Label label =
        Labels.defaults()
            .event(type)
            .orElseThrow(() -> new IllegalStateException("No label for " + type));
    return new TimelineEvent(
        message.getSequenceNumber(),
        type,
        new Label(label.zh(), label.en()),
        event.businessDate(),
        message.getTimestamp(),
        (String) message.getMetaData().get(Actor.METADATA_KEY),
        (String) message.getMetaData().get(Actor.ORGANISATION_KEY),
        RegistryJson.mapper().valueToTree(event));
  }
}
