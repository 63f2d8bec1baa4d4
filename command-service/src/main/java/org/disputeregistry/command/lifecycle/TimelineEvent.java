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
 * carry no personal data, by design of the contract). A step says which step it is and what the
 * case counts of it now, as the case's effective steps say ({@link
 * org.disputeregistry.events.EffectiveSteps}): readers need not guess either from the fields.
 *
 * @param actorOrganisation absent on events recorded before organisations were recorded
 * @param step the step's name, the path segment of its POST ({@code acceptance}; {@code amendment}
 *     or {@code retraction} for a correction); absent on the event that opened the case
 * @param effect for a step or an amendment (a recording of the step it amends): in effect (its
 *     step's latest recording), amended by a later amendment, or its step retracted; absent on a
 *     retraction and on the opening
 * @param correctedBy for a recording amended or retracted since: the sequence of the step's latest
 *     correction
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
    @Schema(description = "The event's fields, as in the event catalogue") JsonNode data,
    @Schema(example = "acceptance") String step,
    Effect effect,
    @Schema(example = "5") Long correctedBy) {

  /** What the case counts of a step now. */
  public enum Effect {
    /** Counted as recorded. */
    IN_EFFECT,
    /** Counted as its latest amendment ({@code correctedBy}) says. */
    AMENDED,
    /** Not counted: retracted by {@code correctedBy}. */
    RETRACTED
  }

  /** What happened, in Chinese and English. */
  public record Label(@Schema(example = "受理") String zh, @Schema(example = "Accepted") String en) {}

  static TimelineEvent of(
      DomainEventMessage<?> message, String step, Effect effect, Long correctedBy) {
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
        RegistryJson.mapper().valueToTree(event),
        step,
        effect,
        correctedBy);
  }
}
