package org.disputeregistry.query.reconsideration;

import java.util.List;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.counts.ByCode;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.counts.Counted;
import org.disputeregistry.query.counts.Durations;
import org.disputeregistry.query.counts.Figure;
import org.disputeregistry.query.counts.Measure;
import org.disputeregistry.query.counts.OpenCases;
import org.disputeregistry.query.counts.RateFigure;
import org.disputeregistry.query.statistics.Dimension;

/**
 * Every reconsideration figure, defined once over {@code reconsideration_case}: counts by the
 * business date of the step they count, rates with their parts, days from acceptance to closing. A
 * case is closed (审结) on the date of its ending step, which only an accepted case has; the figures
 * of closed cases count its {@link Ending}.
 */
public final class ReconsiderationFigures {

  private ReconsiderationFigures() {}

  private static final Measure RECEIVED_ON = Measure.on("received", "received_on").cumulatively();
  private static final Measure ACCEPTED_ON = Measure.on("accepted", "accepted_on").cumulatively();

  /** Accepted and closed, on the later day: open cases are the accepted minus these. */
  private static final Measure ACCEPTED_AND_CLOSED =
      Measure.on("acceptedClosed", "greatest(accepted_on, closed_on)")
          .when("accepted_on IS NOT NULL AND closed_on IS NOT NULL")
          .cumulatively();

  private static final Measure CLOSED_ON = Measure.on("closed", "closed_on").detail("ending");

  public static final Counted RECEIVED =
      Counted.of(RECEIVED_ON, "收案", "applications received in the period");
  public static final Counted ACCEPTED =
      Counted.of(ACCEPTED_ON, "受理", "applications accepted in the period");
  public static final Counted NOT_ACCEPTED =
      Counted.of(
          Measure.on("notAccepted", "not_accepted_on"),
          "不予受理",
          "applications not accepted in the period");
  public static final Counted REDIRECTED =
      Counted.of(
          Measure.on("redirected", "redirected_on"),
          "告知向有权机关申请",
          "applications redirected to the competent authority in the period");
  public static final OpenCases CARRIED_OVER =
      new OpenCases(
          "carriedOver",
          "上期结转",
          "accepted before the period and not closed at its start",
          ACCEPTED_ON,
          ACCEPTED_AND_CLOSED,
          false);
  public static final Counted CLOSED = Counted.of(CLOSED_ON, "审结", "closed in the period");
  public static final OpenCases OPEN_AT_END =
      new OpenCases(
          "openAtEnd",
          "期末未结",
          "accepted by the end of the period and not closed by then",
          ACCEPTED_ON,
          ACCEPTED_AND_CLOSED,
          true);
  public static final Counted MEDIATED =
      Counted.among(
          "mediated",
          "调解结案",
          "closed in the period by an effective mediation agreement or a withdrawal after"
              + " settlement",
          CLOSED_ON,
          Ending.MEDIATED);
  public static final ByCode<Ending> CLOSED_BY_OUTCOME =
      new ByCode<>(
          "closedByOutcome",
          "审结方式",
          "the cases closed in the period by ending, with Chinese and English labels",
          CLOSED_ON,
          Ending.class);

  static final Counted CORRECTIVE =
      Counted.among(
          "corrective",
          "纠错决定",
          "closed in the period by a corrective decision",
          CLOSED_ON,
          Ending.CORRECTIVE_DECISIONS);
  static final Counted DECIDED =
      Counted.among(
          "decided", "作出决定", "closed in the period by a decision", CLOSED_ON, Ending.DECISIONS);
  static final Counted WITHDRAWN_CORRECTED =
      Counted.among(
          "withdrawnCorrected",
          "被申请人纠正后撤回",
          "closed in the period by a withdrawal after the respondent corrected its act",
          CLOSED_ON,
          Ending.WITHDRAWN_CORRECTED);
  static final Counted CLOSED_ON_TIME =
      Counted.of(
          Measure.on("closedOnTime", "closed_on").when("closed_on_time"),
          "按期审结",
          "closed in the period by the decision due date");

  public static final RateFigure MEDIATION_RATE =
      new RateFigure(
          "mediationRate",
          "mediation rate",
          "调解率",
          "(closed in the period by an effective mediation agreement + closed in the period by"
              + " withdrawal after settlement) / closed in the period",
          "(期内以调解书生效结案数 + 期内以和解撤回结案数) / 期内审结数",
          List.of(MEDIATED),
          List.of(CLOSED));
  public static final RateFigure CORRECTION_RATE =
      new RateFigure(
          "correctionRate",
          "correction rate",
          "纠错率",
          "closed in the period with a decision varying, revoking, confirming illegal, ordering"
              + " performance or confirming invalid / closed in the period",
          "期内以变更、撤销、确认违法、责令履行或确认无效决定结案数 / 期内审结数",
          List.of(CORRECTIVE),
          List.of(CLOSED));
  public static final RateFigure DECIDED_CORRECTION_RATE =
      new RateFigure(
          "decidedCorrectionRate",
          "correction rate of decided cases",
          "决定纠错率",
          "corrective decisions in the period / decisions in the period",
          "期内纠错决定数 / 期内作出决定数",
          List.of(CORRECTIVE),
          List.of(DECIDED));
  public static final RateFigure COMPREHENSIVE_CORRECTION_RATE =
      new RateFigure(
          "comprehensiveCorrectionRate",
          "comprehensive correction rate",
          "综合纠错率",
          "(corrective decisions + withdrawals after the respondent corrected its act) / closed"
              + " in the period",
          "(纠错决定数 + 被申请人纠正后撤回数) / 期内审结数",
          List.of(CORRECTIVE, WITHDRAWN_CORRECTED),
          List.of(CLOSED));
  public static final RateFigure ON_TIME_RATE =
      new RateFigure(
          "onTimeRate",
          "on-time rate",
          "按期办结率",
          "closed in the period by the decision due date (60 or 30 days, plus an approved"
              + " extension, suspension excluded) / closed in the period",
          "期内在法定期限内(60日或30日,加经批准的延长,扣除中止期间)审结数 / 期内审结数",
          List.of(CLOSED_ON_TIME),
          List.of(CLOSED));
  public static final Durations DAYS_TO_CLOSE =
      new Durations(
          "daysToClose",
          "审结用时(日)",
          "days from acceptance to closing, mean and median, over the cases closed in the period",
          Measure.on("daysToClose", "closed_on").detail("closed_on - accepted_on"));

  /** The columns of a breakdown. */
  public static final List<Figure<?>> BREAKDOWN =
      List.of(
          RECEIVED,
          ACCEPTED,
          NOT_ACCEPTED,
          REDIRECTED,
          CARRIED_OVER,
          CLOSED,
          OPEN_AT_END,
          MEDIATED,
          MEDIATION_RATE,
          CORRECTION_RATE,
          COMPREHENSIVE_CORRECTION_RATE,
          ON_TIME_RATE,
          DAYS_TO_CLOSE);

  /** The figures in the order of the statistics' JSON. */
  public static final CaseFigures ALL =
      new CaseFigures(
          CaseType.RECONSIDERATION,
          "reconsideration_case",
          Dimension.STREET,
          RECEIVED_ON,
          List.of(
              RECEIVED,
              ACCEPTED,
              NOT_ACCEPTED,
              REDIRECTED,
              CARRIED_OVER,
              CLOSED,
              OPEN_AT_END,
              MEDIATED,
              CLOSED_BY_OUTCOME,
              MEDIATION_RATE,
              CORRECTION_RATE,
              DECIDED_CORRECTION_RATE,
              COMPREHENSIVE_CORRECTION_RATE,
              ON_TIME_RATE,
              DAYS_TO_CLOSE));
}
