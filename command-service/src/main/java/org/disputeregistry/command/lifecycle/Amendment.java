package org.disputeregistry.command.lifecycle;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/**
 * What makes a step command an amendment of the step it names: the step is recorded again as it
 * should have been, through its own command handler and rules (judged against the case as it stood
 * before the step), and stored as an amendment event with these fields. It travels in the command's
 * metadata, so that every step command can be an amendment without a second handler.
 *
 * @param stepId the amendment's own step id (a retry with the same one is recorded once)
 * @param approvedOn the day the correction was approved
 * @param approvedBy the account name of the approving officer
 */
public record Amendment(UUID stepId, LocalDate approvedOn, String reason, String approvedBy) {

  private static final String STEP_ID = "amendment.stepId";
  private static final String APPROVED_ON = "amendment.approvedOn";
  private static final String REASON = "amendment.reason";
  private static final String APPROVED_BY = "amendment.approvedBy";

  Map<String, Object> metaData() {
    return Map.of(
        STEP_ID,
        stepId.toString(),
        APPROVED_ON,
        approvedOn.toString(),
        REASON,
        reason,
        APPROVED_BY,
        approvedBy);
  }

  /** The amendment a command's metadata carries, if it is one. */
  public static Optional<Amendment> in(MetaData metaData) {
    if (!metaData.containsKey(STEP_ID)) {
      return Optional.empty();
    }
    return Optional.of(
        new Amendment(
            UUID.fromString((String) metaData.get(STEP_ID)),
            LocalDate.parse((String) metaData.get(APPROVED_ON)),
            (String) metaData.get(REASON),
            (String) metaData.get(APPROVED_BY)));
  }
}
