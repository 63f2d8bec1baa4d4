package org.disputeregistry.query.mediation;

import static org.disputeregistry.query.counts.Measure.is;

import java.util.List;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.mediation.ConfirmationRuling;
import org.disputeregistry.events.mediation.Performance;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.counts.Counted;
import org.disputeregistry.query.counts.Durations;
import org.disputeregistry.query.counts.Figure;
import org.disputeregistry.query.counts.Measure;
import org.disputeregistry.query.counts.PerCurrency;
import org.disputeregistry.query.counts.RateFigure;
import org.disputeregistry.query.statistics.Dimension;

/**
 * Every commercial mediation figure, defined once over {@code commercial_mediation_case}, each
 * counted by the business date of the step it names. A mediation is concluded (调解终结) when an
 * accepted case ends by agreement, without agreement or by withdrawal; a withdrawal before
 * acceptance concludes no mediation. What happened after an agreement (judicial confirmation,
 * performance) is counted over the agreements signed in the period, as far as it is known now.
 */
public final class CommercialMediationFigures {

  private CommercialMediationFigures() {}

  private static final String AGREEMENT = is("conclusion", Conclusion.AGREEMENT);

  /** With the currency as detail and the amount in dispute. */
  private static final Measure RECEIVED_ON =
      Measure.on("received", "received_on")
          .detail("dispute_currency")
          .amount("amount_in_dispute")
          .cumulatively();

  /** Concluded after acceptance, with the conclusion as detail. */
  private static final Measure CONCLUDED_ON =
      Measure.on("concluded", "concluded_on").when("accepted_on IS NOT NULL").detail("conclusion");

  /** An agreement, on its day, with the currency as detail and the amount agreed. */
  private static final Measure SIGNED_ON =
      Measure.on("succeeded", "concluded_on")
          .when(AGREEMENT)
          .detail("agreed_currency")
          .amount("coalesce(amount_agreed, 0)");

  /** The agreements by the court's ruling on them. */
  private static final Measure RULED =
      Measure.on("confirmationRuled", "concluded_on").when(AGREEMENT).detail("confirmation_ruling");

  /** The agreements by how far they were performed. */
  private static final Measure PERFORMED =
      Measure.on("performed", "concluded_on").when(AGREEMENT).detail("performance");

  public static final Counted RECEIVED =
      Counted.of(RECEIVED_ON, "收案", "applications received in the period");
  public static final Counted ACCEPTED =
      Counted.of(
          Measure.on("accepted", "accepted_on"), "受理", "applications accepted in the period");
  public static final Counted NOT_ACCEPTED =
      Counted.of(
          Measure.on("notAccepted", "not_accepted_on"),
          "不予受理",
          "applications not accepted in the period");
  public static final Counted CONCLUDED =
      Counted.of(
          CONCLUDED_ON,
          "调解终结",
          "accepted cases that ended in the period: agreement signed, ended without agreement,"
              + " or withdrawn");
  public static final Counted SUCCEEDED =
      Counted.of(SIGNED_ON, "调解成功", "agreements signed in the period");
  public static final Counted ENDED_WITHOUT_AGREEMENT =
      Counted.among(
          "endedWithoutAgreement",
          "调解不成",
          "accepted cases that ended without agreement in the period",
          CONCLUDED_ON,
          Conclusion.NO_AGREEMENT);
  public static final Counted WITHDRAWN =
      Counted.among(
          "withdrawn",
          "撤回",
          "accepted cases withdrawn in the period",
          CONCLUDED_ON,
          Conclusion.WITHDRAWN);
  public static final Counted WITHDRAWN_BEFORE_ACCEPTANCE =
      Counted.of(
          Measure.on("withdrawnBeforeAcceptance", "concluded_on")
              .when("accepted_on IS NULL AND " + is("conclusion", Conclusion.WITHDRAWN)),
          "受理前撤回",
          "applications withdrawn in the period before acceptance (no mediation concluded)");
  public static final RateFigure SUCCESS_RATE =
      new RateFigure(
          "successRate",
          "success rate",
          "调解成功率",
          "agreements signed in the period / mediations concluded in the period",
          "期内达成调解协议数 / 期内调解终结数",
          List.of(SUCCEEDED),
          List.of(CONCLUDED));
  public static final Counted JUDICIAL_CONFIRMATION_APPLIED =
      Counted.of(
          Measure.on("judicialConfirmationApplied", "concluded_on")
              .when(AGREEMENT + " AND confirmation_applied_on IS NOT NULL"),
          "申请司法确认",
          "agreements signed in the period submitted to a court for judicial confirmation");
  public static final Counted CONFIRMED_VALID =
      Counted.among(
          "confirmedValid",
          "确认有效",
          "agreements signed in the period that a court ruled valid",
          RULED,
          ConfirmationRuling.VALID);
  public static final Counted CONFIRMED_INVALID =
      Counted.among(
          "confirmedInvalid",
          "确认无效",
          "agreements signed in the period that a court ruled invalid",
          RULED,
          ConfirmationRuling.INVALID);
  public static final RateFigure JUDICIAL_CONFIRMATION_RATE =
      new RateFigure(
          "judicialConfirmationRate",
          "judicial confirmation rate",
          "司法确认率",
          "agreements of the period ruled valid by a court / agreements signed in the period",
          "期内达成且经法院司法确认有效的协议数 / 期内达成的调解协议数",
          List.of(CONFIRMED_VALID),
          List.of(SUCCEEDED));
  public static final Counted PERFORMED_FULLY =
      Counted.among(
          "performedFully",
          "全部履行",
          "agreements signed in the period performed in full",
          PERFORMED,
          Performance.FULLY);
  public static final Counted PERFORMED_PARTLY =
      Counted.among(
          "performedPartly",
          "部分履行",
          "agreements signed in the period performed in part (so far)",
          PERFORMED,
          Performance.PARTLY);
  public static final PerCurrency AMOUNT_IN_DISPUTE =
      new PerCurrency(
          "amountInDispute",
          "争议金额",
          "per currency (CNY first): exact sum of the amounts in dispute of the applications"
              + " received in the period, and their number",
          RECEIVED_ON);
  public static final PerCurrency AMOUNT_AGREED =
      new PerCurrency(
          "amountAgreed",
          "协议金额",
          "per currency: exact sum of the amounts agreed in the agreements signed in the period",
          SIGNED_ON);
  public static final Durations DAYS_TO_CONCLUDE =
      new Durations(
          "daysToConclude",
          "调解用时(日)",
          "days from acceptance to conclusion, mean and median, over the mediations concluded in"
              + " the period",
          Measure.on("daysToConclude", "concluded_on")
              .when("accepted_on IS NOT NULL")
              .detail("concluded_on - accepted_on"));

  /** The columns of a breakdown. */
  public static final List<Figure<?>> BREAKDOWN =
      List.of(
          RECEIVED,
          ACCEPTED,
          NOT_ACCEPTED,
          CONCLUDED,
          SUCCEEDED,
          ENDED_WITHOUT_AGREEMENT,
          WITHDRAWN,
          SUCCESS_RATE,
          JUDICIAL_CONFIRMATION_RATE,
          AMOUNT_IN_DISPUTE,
          AMOUNT_AGREED,
          DAYS_TO_CONCLUDE);

  /** The figures in the order of the statistics' JSON; a case without a mediator has key ''. */
  public static final CaseFigures ALL =
      new CaseFigures(
              CaseType.COMMERCIAL_MEDIATION,
              "commercial_mediation_case",
              Dimension.CENTRE,
              RECEIVED_ON,
              List.of(
                  RECEIVED,
                  ACCEPTED,
                  NOT_ACCEPTED,
                  CONCLUDED,
                  SUCCEEDED,
                  ENDED_WITHOUT_AGREEMENT,
                  WITHDRAWN,
                  WITHDRAWN_BEFORE_ACCEPTANCE,
                  SUCCESS_RATE,
                  JUDICIAL_CONFIRMATION_APPLIED,
                  CONFIRMED_VALID,
                  CONFIRMED_INVALID,
                  JUDICIAL_CONFIRMATION_RATE,
                  PERFORMED_FULLY,
                  PERFORMED_PARTLY,
                  AMOUNT_IN_DISPUTE,
                  AMOUNT_AGREED,
                  DAYS_TO_CONCLUDE))
          .withMissingKeysEmpty();
}
