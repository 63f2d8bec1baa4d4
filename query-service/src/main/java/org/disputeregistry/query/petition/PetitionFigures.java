package org.disputeregistry.query.petition;

import java.time.LocalDate;
import java.util.List;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.petition.Satisfaction;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.counts.Counted;
import org.disputeregistry.query.counts.Figure;
import org.disputeregistry.query.counts.Measure;
import org.disputeregistry.query.counts.RateFigure;
import org.disputeregistry.query.counts.Summed;
import org.disputeregistry.query.counts.Supplied;
import org.disputeregistry.query.statistics.Dimension;

/**
 * Every petition figure, defined once over {@code petition_case}. Registered, accepted, not
 * accepted and redirected count the step's date in the period. Everything after acceptance is
 * counted over the petitions accepted in the period (the cohort: it counts on the acceptance day),
 * as far as it happened by the as-of date (all known now without one).
 */
public final class PetitionFigures {

  private PetitionFigures() {}

  /** Registered, with the number of persons as amount. */
  private static final Measure REGISTERED_ON =
      Measure.on("registered", "registered_on").amount("persons").cumulatively();

  private static final Measure ACCEPTED_ON = Measure.on("accepted", "accepted_on");

  /** In the cohort of the acceptance day, with the resolution as detail. */
  private static final Measure CONCLUDED =
      Measure.on("resolution", "accepted_on").knownOn("resolution_on").detail("resolution");

  private static final Measure REPLIED_ON =
      Measure.on("replied", "accepted_on").knownOn("replied_on");

  /** In the cohort of the acceptance day, with the satisfaction as detail. */
  private static final Measure RATED =
      Measure.on("rated", "accepted_on").knownOn("rated_on").detail("satisfaction");

  /** The date the petition's handling was answered as of the query. */
  public static final Supplied<LocalDate> AS_OF =
      new Supplied<>(
          "asOf",
          "统计截止日",
          "the day up to which the steps after acceptance are counted (null: all known now)");

  public static final Counted REGISTERED =
      Counted.of(REGISTERED_ON, "登记", "petitions registered in the period");
  public static final Summed REGISTERED_PERSONS =
      new Summed(
          "registeredPersons",
          "登记人数",
          "the persons who brought the petitions registered in the period",
          REGISTERED_ON);
  public static final Counted ACCEPTED =
      Counted.of(ACCEPTED_ON, "受理", "petitions accepted in the period (the cohort)");
  public static final Counted NOT_ACCEPTED =
      Counted.of(
          Measure.on("notAccepted", "not_accepted_on"),
          "不予受理",
          "petitions not accepted in the period");
  public static final Counted REDIRECTED =
      Counted.of(
          Measure.on("redirected", "redirected_on"),
          "导入法定途径",
          "petitions directed to a legal channel in the period");
  static final Counted ACCEPTED_ON_TIME =
      Counted.of(
          Measure.on("acceptedOnTime", "accepted_on").when("accepted_on_time"),
          "按期受理",
          "accepted in the period within 15 days of registration");
  public static final RateFigure ON_TIME_ACCEPTANCE_RATE =
      new RateFigure(
          "onTimeAcceptanceRate",
          "on-time acceptance rate",
          "按期受理率",
          "accepted within 15 days of registration / accepted in the period",
          "登记后15日内受理数 / 期内受理数",
          List.of(ACCEPTED_ON_TIME),
          List.of(ACCEPTED));
  public static final Counted RESOLVED =
      Counted.among(
          "resolved",
          "已化解",
          "accepted in the period and resolved by the as-of date",
          CONCLUDED,
          Resolution.RESOLVED);
  public static final Counted NOT_RESOLVED =
      Counted.among(
          "notResolved",
          "未化解",
          "accepted in the period and concluded unresolved by the as-of date",
          CONCLUDED,
          Resolution.NOT_RESOLVED);
  public static final RateFigure RESOLUTION_RATE =
      new RateFigure(
          "resolutionRate",
          "resolution rate",
          "化解率",
          "petitions accepted in the period and resolved by the as-of date / petitions accepted"
              + " in the period",
          "期内受理且截至统计日已化解的信访事项数 / 期内受理的信访事项数",
          List.of(RESOLVED),
          List.of(ACCEPTED));
  public static final Counted REPLIED =
      Counted.of(REPLIED_ON, "已答复", "accepted in the period and replied by the as-of date");
  static final Counted REPLIED_ON_TIME =
      Counted.of(
          REPLIED_ON.withName("repliedOnTime").when("replied_on_time"),
          "按期答复",
          "accepted in the period and replied by the due date (and by the as-of date)");
  public static final RateFigure ON_TIME_REPLY_RATE =
      new RateFigure(
          "onTimeReplyRate",
          "on-time reply rate",
          "按期答复率",
          "replied by the due date (60 days from acceptance, plus an approved extension) /"
              + " replied, among petitions accepted in the period",
          "在答复期限内(受理后60日,加经批准的延长)答复数 / 已答复数(期内受理的事项)",
          List.of(REPLIED_ON_TIME),
          List.of(REPLIED));
  public static final Counted SATISFIED =
      Counted.among(
          "satisfied",
          "满意",
          "accepted in the period and rated satisfied by the as-of date",
          RATED,
          Satisfaction.SATISFIED);
  public static final Counted BASICALLY_SATISFIED =
      Counted.among(
          "basicallySatisfied",
          "基本满意",
          "accepted in the period and rated basically satisfied by the as-of date",
          RATED,
          Satisfaction.BASICALLY_SATISFIED);
  public static final Counted DISSATISFIED =
      Counted.among(
          "dissatisfied",
          "不满意",
          "accepted in the period and rated dissatisfied by the as-of date",
          RATED,
          Satisfaction.DISSATISFIED);
  public static final RateFigure SATISFACTION_RATE =
      new RateFigure(
          "satisfactionRate",
          "satisfaction rate",
          "满意率",
          "rated satisfied or basically satisfied / rated, among petitions accepted in the period",
          "评价满意和基本满意数 / 参与评价数(期内受理的事项)",
          List.of(SATISFIED, BASICALLY_SATISFIED),
          List.of(SATISFIED, BASICALLY_SATISFIED, DISSATISFIED));
  public static final Counted REVIEWS_REQUESTED =
      afterAcceptance(
          "reviewsRequested",
          "review_requested_on",
          "申请复查",
          "accepted in the period, review requested by the as-of date");
  public static final Counted REVIEWS_DECIDED =
      afterAcceptance(
          "reviewsDecided",
          "review_decided_on",
          "复查已决定",
          "accepted in the period, review decided by the as-of date");
  public static final RateFigure REVIEW_RATE =
      new RateFigure(
          "reviewRate",
          "review rate",
          "复查率",
          "reviews requested / petitions replied, among petitions accepted in the period",
          "申请复查数 / 已答复数(期内受理的事项)",
          List.of(REVIEWS_REQUESTED),
          List.of(REPLIED));
  public static final Counted RE_REVIEWS_REQUESTED =
      afterAcceptance(
          "reReviewsRequested",
          "re_review_requested_on",
          "申请复核",
          "accepted in the period, re-review requested by the as-of date");
  public static final Counted RE_REVIEWS_DECIDED =
      afterAcceptance(
          "reReviewsDecided",
          "re_review_decided_on",
          "复核已决定",
          "accepted in the period, re-review decided by the as-of date");
  public static final RateFigure RE_REVIEW_RATE =
      new RateFigure(
          "reReviewRate",
          "re-review rate",
          "复核率",
          "re-reviews requested / reviews decided, among petitions accepted in the period",
          "申请复核数 / 复查已决定数(期内受理的事项)",
          List.of(RE_REVIEWS_REQUESTED),
          List.of(REVIEWS_DECIDED));
  public static final Supplied<Long> PERSON_TIMES_SERVED =
      new Supplied<>(
          "personTimesServed",
          "服务人次",
          "sum of the persons of the service-contact batches served in the period, voided batches"
              + " excluded; filterable by street and community only (null with a category or"
              + " channel filter)");

  /** The columns of a breakdown. */
  public static final List<Figure<?>> BREAKDOWN =
      List.of(
          REGISTERED,
          ACCEPTED,
          NOT_ACCEPTED,
          REDIRECTED,
          RESOLVED,
          NOT_RESOLVED,
          RESOLUTION_RATE,
          ON_TIME_ACCEPTANCE_RATE,
          ON_TIME_REPLY_RATE,
          SATISFACTION_RATE,
          REVIEW_RATE,
          RE_REVIEW_RATE,
          PERSON_TIMES_SERVED);

  /** The figures in the order of the statistics' JSON. */
  public static final CaseFigures ALL =
      new CaseFigures(
          CaseType.PETITION,
          "petition_case",
          Dimension.STREET,
          REGISTERED_ON,
          List.of(
              AS_OF,
              REGISTERED,
              REGISTERED_PERSONS,
              ACCEPTED,
              NOT_ACCEPTED,
              REDIRECTED,
              ON_TIME_ACCEPTANCE_RATE,
              RESOLVED,
              NOT_RESOLVED,
              RESOLUTION_RATE,
              REPLIED,
              ON_TIME_REPLY_RATE,
              SATISFIED,
              BASICALLY_SATISFIED,
              DISSATISFIED,
              SATISFACTION_RATE,
              REVIEWS_REQUESTED,
              REVIEWS_DECIDED,
              REVIEW_RATE,
              RE_REVIEWS_REQUESTED,
              RE_REVIEWS_DECIDED,
              RE_REVIEW_RATE,
              PERSON_TIMES_SERVED));

  /** Accepted in the period, counted once the step of that date happened. */
  private static Counted afterAcceptance(String name, String step, String zh, String definition) {
    return Counted.of(Measure.on(name, "accepted_on").knownOn(step), zh, definition);
  }
}
