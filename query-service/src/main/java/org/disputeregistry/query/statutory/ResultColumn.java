package org.disputeregistry.query.statutory;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.disputeregistry.query.reconsideration.Ending;
import org.disputeregistry.query.statistics.Labelled;

/**
 * A column of 审结 by result in the statutory reconsideration table, and the endings of the registry
 * it counts: each ending in exactly one column, so the columns add up to the cases closed.
 */
public enum ResultColumn {
  UPHELD("维持", "upheld", EnumSet.of(Ending.DECISION_UPHELD)),
  REJECTED(
      "驳回", "rejected", EnumSet.of(Ending.DECISION_CLAIM_REJECTED, Ending.APPLICATION_DISMISSED)),
  REVOKED("撤销", "revoked", EnumSet.of(Ending.DECISION_REVOKED, Ending.DECISION_PARTLY_REVOKED)),
  VARIED("变更", "varied", EnumSet.of(Ending.DECISION_VARIED)),
  CONFIRMED_ILLEGAL("确认违法", "confirmed illegal", EnumSet.of(Ending.DECISION_CONFIRMED_ILLEGAL)),
  ORDERED_TO_PERFORM("责令履行", "ordered to perform", EnumSet.of(Ending.DECISION_ORDERED_TO_PERFORM)),
  CONFIRMED_INVALID("确认无效", "confirmed invalid", EnumSet.of(Ending.DECISION_CONFIRMED_INVALID)),
  MEDIATED("调解", "mediated", EnumSet.of(Ending.MEDIATION_AGREEMENT)),
  SETTLED("和解", "settled", EnumSet.of(Ending.WITHDRAWN_SETTLEMENT)),
  TERMINATED(
      "终止（含撤回申请）",
      "terminated (withdrawals included)",
      EnumSet.of(Ending.TERMINATED, Ending.WITHDRAWN_CORRECTED, Ending.WITHDRAWN_VOLUNTARY));

  private final String zh;
  private final String en;
  private final Set<Ending> endings;

  ResultColumn(String zh, String en, Set<Ending> endings) {
    this.zh = zh;
    this.en = en;
    this.endings = endings;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  public Set<Ending> endings() {
    return endings;
  }

  /** The column's count among a row's cases closed by ending. */
  public long of(List<Labelled> closedByEnding) {
    return closedByEnding.stream()
        .filter(l -> endings.stream().anyMatch(e -> e.name().equals(l.code())))
        .mapToLong(l -> l.count() == null ? 0 : l.count())
        .sum();
  }
}
