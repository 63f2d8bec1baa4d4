package org.disputeregistry.command.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.disputeregistry.events.CaseId;

/**
 * A page of a case's timeline: its events in the order they were recorded, read from the event
 * store (the same moment a step is answered, the step is on it).
 *
 * @param version the sequence number of the case's last event (its ETag)
 * @param events at most {@link CaseHistory#TIMELINE_PAGE} events
 * @param next the {@code from} of the next page; absent on the last page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timeline(
    CaseId caseId,
    @Schema(example = "3") long version,
    List<TimelineEvent> events,
    @Schema(description = "Absent on the last page") Long next) {}
