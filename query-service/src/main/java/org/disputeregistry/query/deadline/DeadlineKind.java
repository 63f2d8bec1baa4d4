package org.disputeregistry.query.deadline;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.statutory.law.JudicialConfirmationWindow;
import org.disputeregistry.statutory.law.PetitionRegulation;
import org.disputeregistry.statutory.law.ReconsiderationLaw;
import org.disputeregistry.statutory.law.StatutoryPeriod;

/**
 * A time limit the lists name: its case type, the step it waits for, and its period under the law
 * in force on the case's receipt date (the judicial-confirmation window: on the agreement's day),
 * whose article the lists show.
 */
enum DeadlineKind {
  RECONSIDERATION_REVIEW("reconsideration", "REVIEW", (law, p) -> law.review()),
  RECONSIDERATION_CORRECTION("reconsideration", "CORRECTION", (law, p) -> law.correction()),
  RECONSIDERATION_COPY(
      "reconsideration", "COPY_TO_RESPONDENT", ReconsiderationLaw::copyToRespondent),
  RECONSIDERATION_RESPONDENT_REPLY(
      "reconsideration", "RESPONDENT_REPLY", ReconsiderationLaw::respondentReply),
  RECONSIDERATION_DECISION("reconsideration", "DECISION", ReconsiderationLaw::decision),
  PETITION_ACCEPTANCE("petition", "ACCEPTANCE", PetitionRegulation::acceptance),
  PETITION_REPLY("petition", "REPLY", PetitionRegulation::reply),
  PETITION_REVIEW_DECISION("petition", "REVIEW_DECISION", PetitionRegulation::reviewDecision),
  PETITION_RE_REVIEW_DECISION(
      "petition", "RE_REVIEW_DECISION", PetitionRegulation::reReviewDecision),
  MEDIATION_JUDICIAL_CONFIRMATION(
      "commercial-mediation",
      "JUDICIAL_CONFIRMATION",
      (receivedOn, startedOn, procedure) -> JudicialConfirmationWindow.window(startedOn));

  /** The period of a limit of a case received on a day, started on a day, in a procedure. */
  @FunctionalInterface
  private interface Period {
    StatutoryPeriod of(LocalDate receivedOn, LocalDate startedOn, Procedure procedure);
  }

  /** The case type as the lists' {@code caseType} names it. */
  final String caseType;

  /** What the case waits for, the lists' {@code step}. */
  final String step;

  private final Period period;

  DeadlineKind(String caseType, String step, Period period) {
    this.caseType = caseType;
    this.step = step;
    this.period = period;
  }

  DeadlineKind(
      String caseType,
      String step,
      BiFunction<ReconsiderationLaw, Procedure, StatutoryPeriod> reconsideration) {
    // A procedure the law does not have can only come from events recorded before the law was
    // chosen by receipt date: those are named by the ordinary procedure's article.
    this(
        caseType,
        step,
        (receivedOn, startedOn, procedure) -> {
          ReconsiderationLaw law = ReconsiderationLaw.inForceOn(receivedOn);
          return reconsideration.apply(
              law, procedure != null && law.provides(procedure) ? procedure : Procedure.ORDINARY);
        });
  }

  DeadlineKind(
      String caseType, String step, Function<PetitionRegulation, StatutoryPeriod> petition) {
    this(
        caseType,
        step,
        (registeredOn, startedOn, procedure) ->
            petition.apply(PetitionRegulation.inForceOn(registeredOn)));
  }

  /** The article of this limit for a case received (registered) on a day, started on a day. */
  String article(LocalDate receivedOn, LocalDate startedOn, Procedure procedure) {
    return period.of(receivedOn, startedOn, procedure).source();
  }
}
