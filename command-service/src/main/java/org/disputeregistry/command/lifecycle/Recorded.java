package org.disputeregistry.command.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.disputeregistry.events.CaseId;

/**
 * What a command did to its case: the answer of every write of the API.
 *
 * @param stepId the step's id; absent when a case was opened
 * @param state the case's state afterwards
 * @param version the case's version afterwards (for {@code If-Match})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recorded(
    @Schema(example = "RECORDED") Receipt outcome,
    @Schema(example = "3f2b8c1e-6d4a-4b7e-9c1a-0e5d2f7a9b10") CaseId caseId,
    UUID stepId,
    @Schema(example = "UNDER_REVIEW") String state,
    @Schema(example = "3") long version) {

  /** Called inside the case's command handler, after it applied its event. */
  public static Recorded opened(CaseId caseId, Enum<?> state) {
    return new Recorded(Receipt.RECORDED, caseId, null, state.name(), currentVersion());
  }

  public static Recorded alreadyOpened(CaseId caseId, Enum<?> state) {
    return new Recorded(Receipt.ALREADY_RECORDED, caseId, null, state.name(), currentVersion());
  }

  public static Recorded step(StepCommand command, Enum<?> state) {
    return new Recorded(
        Receipt.RECORDED, command.caseId(), command.stepId(), state.name(), currentVersion());
  }

  public static Recorded alreadyStepped(StepCommand command, Enum<?> state) {
    return new Recorded(
        Receipt.ALREADY_RECORDED,
        command.caseId(),
        command.stepId(),
        state.name(),
        currentVersion());
  }

  /** A correction recorded: the answer names the correction's own step id. */
  public static Recorded corrected(CaseId caseId, UUID correctionId, Enum<?> state) {
    return new Recorded(Receipt.RECORDED, caseId, correctionId, state.name(), currentVersion());
  }

  public static Recorded alreadyCorrected(CaseId caseId, UUID correctionId, Enum<?> state) {
    return new Recorded(
        Receipt.ALREADY_RECORDED, caseId, correctionId, state.name(), currentVersion());
  }

  private static long currentVersion() {
    Long version = AggregateLifecycle.getVersion();
    return version == null ? -1 : version;
  }
}
