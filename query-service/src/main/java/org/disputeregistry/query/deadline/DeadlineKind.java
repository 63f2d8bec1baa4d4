package org.disputeregistry.query.deadline;

import java.time.LocalDate;
import java.util.function.BiFunction;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.statutory.law.PetitionRegulation;
import org.disputeregistry.statutory.law.ReconsiderationLaw;
import org.disputeregistry.statutory.law.StatutoryPeriod;

/**
 * A statutory time limit the lists name: its case type, the step it waits for, and its period under
 * the law in force on the case's receipt date, whose article the lists show.
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
      "petition", "RE_REVIEW_DECISION", PetitionRegulation::reReviewDecision);

  /** The case type as the lists' {@code caseType} names it. */
  final String caseType;

  /** What the case waits for, the lists' {@code step}. */
  final String step;

  private final BiFunction<LocalDate, Procedure, StatutoryPeriod> period;

  DeadlineKind(
      String caseType,
      String step,
      BiFunction<ReconsiderationLaw, Procedure, StatutoryPeriod> reconsideration) {
    this.caseType = caseType;
    this.step = step;
    this.period =
        (receivedOn, procedure) -> {
          ReconsiderationLaw law = ReconsiderationLaw.inForceOn(receivedOn);
          // A procedure the law does not have can only come from events recorded before the law
          // was chosen by receipt date: those are named by the ordinary procedure's article.
          return reconsideration.apply(
              law, procedure != null && law.provides(procedure) ? procedure : Procedure.ORDINARY);
        };
  }

  DeadlineKind(
      String caseType,
      String step,
      java.util.function.Function<PetitionRegulation, StatutoryPeriod> petition) {
    this.caseType = caseType;
    this.step = step;
    this.period =
        (registeredOn, procedure) -> petition.apply(PetitionRegulation.inForceOn(registeredOn));
  }

  /** The article of this limit for a case received (registered) on that day. */
  String article(LocalDate receivedOn, Procedure procedure) {
    return period.apply(receivedOn, procedure).source();
  }
}
