package org.disputeregistry.query.reconsideration;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.WithdrawalReason;
import org.disputeregistry.query.counts.ByCode;

/** How an accepted reconsideration case was closed (审结), with its labels for reports. */
public enum Ending implements ByCode.Code {
  MEDIATION_AGREEMENT("调解结案", "Mediation agreement"),
  WITHDRAWN_SETTLEMENT("和解撤回", "Withdrawn after settlement"),
  WITHDRAWN_CORRECTED("被申请人纠正后撤回", "Withdrawn after the agency corrected its act"),
  WITHDRAWN_VOLUNTARY("自愿撤回", "Withdrawn voluntarily"),
  TERMINATED("终止", "Terminated"),
  DECISION_VARIED("决定变更", "Decision: varied"),
  DECISION_REVOKED("决定撤销", "Decision: revoked"),
  DECISION_PARTLY_REVOKED("决定部分撤销", "Decision: partly revoked"),
  DECISION_CONFIRMED_ILLEGAL("确认违法", "Decision: confirmed illegal"),
  DECISION_ORDERED_TO_PERFORM("责令履行", "Decision: ordered to perform"),
  DECISION_CONFIRMED_INVALID("确认无效", "Decision: confirmed invalid"),
  DECISION_UPHELD("维持", "Decision: upheld"),
  DECISION_CLAIM_REJECTED("驳回复议请求", "Decision: claim rejected"),
  APPLICATION_DISMISSED("驳回申请", "Application dismissed");

  /** Counted as mediated (调解率): an effective agreement or a withdrawal after settlement. */
  static final Set<Ending> MEDIATED = Set.of(MEDIATION_AGREEMENT, WITHDRAWN_SETTLEMENT);

  /** Decisions that correct the respondent's act (纠错). */
  static final Set<Ending> CORRECTIVE_DECISIONS =
      Set.of(
          DECISION_VARIED,
          DECISION_REVOKED,
          DECISION_PARTLY_REVOKED,
          DECISION_CONFIRMED_ILLEGAL,
          DECISION_ORDERED_TO_PERFORM,
          DECISION_CONFIRMED_INVALID);

  /** Endings by a decision on the merits (决定). */
  static final Set<Ending> DECISIONS =
      Arrays.stream(values()).filter(Ending::isDecision).collect(Collectors.toUnmodifiableSet());

  private final String zh;
  private final String en;

  Ending(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public static Ending of(DecisionOutcome outcome) {
    return valueOf("DECISION_" + outcome.name());
  }

  public static Ending of(WithdrawalReason reason) {
    return switch (reason) {
      case SETTLEMENT -> WITHDRAWN_SETTLEMENT;
      case RESPONDENT_CORRECTED_ACT -> WITHDRAWN_CORRECTED;
      case VOLUNTARY -> WITHDRAWN_VOLUNTARY;
    };
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }

  private boolean isDecision() {
    return name().startsWith("DECISION_");
  }
}
