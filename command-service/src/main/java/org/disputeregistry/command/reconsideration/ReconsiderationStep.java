package org.disputeregistry.command.reconsideration;

import static java.util.Map.entry;
import static org.disputeregistry.command.reconsideration.ReconsiderationState.AWAITING_CORRECTION;
import static org.disputeregistry.command.reconsideration.ReconsiderationState.RECEIVED;
import static org.disputeregistry.command.reconsideration.ReconsiderationState.SUSPENDED;
import static org.disputeregistry.command.reconsideration.ReconsiderationState.UNDER_REVIEW;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.disputeregistry.command.lifecycle.CaseStep;
import org.disputeregistry.command.rules.IllegalTransition;
import org.disputeregistry.events.StepEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationDismissedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCopySentToRespondentEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionPeriodExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDeemedAbandonedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationNotAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationProcedureConvertedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationRedirectedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationResumedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationReviewActivityRecordedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;

/**
 * The steps of a reconsideration case, the states each may be recorded in and the further rule of a
 * few: the case's state machine in one table (where each step leads is {@link
 * ReconsiderationState#after}). The aggregate enforces it and the case's view lists what it allows
 * ({@link #allowedIn}). The five endings close the case, so it has exactly one.
 */
enum ReconsiderationStep implements CaseStep<ReconsiderationStanding> {
  CORRECTION_REQUEST(
      "a correction request",
      "while the application is RECEIVED",
      standing -> {
        if (standing.correctionRequested()) {
          throw new IllegalTransition(
              "a correction request",
              standing.state(),
              "once: everything missing is asked for at once (一次性告知)");
        }
      },
      RECEIVED),
  /**
   * Once, before the period runs out, where the law provides it (2023 Art. 31; refused for a case
   * under the earlier law, {@code NOT_PROVIDED_BY_LAW}).
   */
  CORRECTION_PERIOD_EXTENSION(
      "an extension of the correction period",
      "while a correction is awaited",
      standing -> {
        LawOfReceipt.requireCorrectionExtensible(standing.law());
        standing.correction().limit().requireExtensible();
      },
      AWAITING_CORRECTION),
  CORRECTION("a correction", "after a correction was requested", AWAITING_CORRECTION),
  ABANDONMENT("an abandonment", "while a correction is awaited", AWAITING_CORRECTION),
  ACCEPTANCE("an acceptance", "while the application is RECEIVED", RECEIVED),
  NON_ACCEPTANCE("a refusal to accept", "while the application is RECEIVED", RECEIVED),
  REDIRECTION("a redirection", "while the application is RECEIVED", RECEIVED),
  /** Once: the respondent gets one copy of the application. */
  COPY_TO_RESPONDENT(
      "the copy to the respondent",
      "while the case is UNDER_REVIEW",
      standing -> {
        if (standing.copySent()) {
          throw new IllegalTransition(
              "the copy to the respondent", standing.state(), "once: it was already sent");
        }
      },
      UNDER_REVIEW),
  REVIEW_ACTIVITY("a review activity", "while the case is UNDER_REVIEW", UNDER_REVIEW),
  SUSPENSION("a suspension", "while the case is UNDER_REVIEW", UNDER_REVIEW),
  RESUMPTION("a resumption", "while the case is SUSPENDED", SUSPENDED),
  /** Once, and only in the ORDINARY procedure. */
  EXTENSION(
      "an extension",
      "while the case is UNDER_REVIEW",
      standing -> {
        standing.decision().requireExtensible(standing.state());
        standing.decision().limit().requireExtensible();
      },
      UNDER_REVIEW),
  /** Only from the SIMPLIFIED procedure. */
  PROCEDURE_CONVERSION(
      "a procedure conversion",
      "while the case is UNDER_REVIEW",
      standing -> standing.decision().requireConvertible(standing.state()),
      UNDER_REVIEW),
  MEDIATION_AGREEMENT("a mediation agreement", Ending.UNDER_REVIEW, UNDER_REVIEW),
  WITHDRAWAL("a withdrawal", Ending.UNDER_REVIEW, UNDER_REVIEW),
  /** Termination may end a suspended review (e.g. a suspension that outlasted its ground). */
  TERMINATION("a termination", Ending.OR_SUSPENDED, UNDER_REVIEW, SUSPENDED),
  DECISION("a decision", Ending.UNDER_REVIEW, UNDER_REVIEW),
  DISMISSAL("a dismissal", Ending.UNDER_REVIEW, UNDER_REVIEW);

  /** The event each step records: the timeline names a step by it. */
  static final Map<Class<? extends StepEvent>, String> BY_EVENT =
      CaseStep.byEvent(
          entry(ReconsiderationCorrectionRequestedEvent.class, CORRECTION_REQUEST),
          entry(ReconsiderationCorrectionPeriodExtendedEvent.class, CORRECTION_PERIOD_EXTENSION),
          entry(ReconsiderationCorrectionReceivedEvent.class, CORRECTION),
          entry(ReconsiderationDeemedAbandonedEvent.class, ABANDONMENT),
          entry(ReconsiderationAcceptedEvent.class, ACCEPTANCE),
          entry(ReconsiderationNotAcceptedEvent.class, NON_ACCEPTANCE),
          entry(ReconsiderationRedirectedEvent.class, REDIRECTION),
          entry(ReconsiderationCopySentToRespondentEvent.class, COPY_TO_RESPONDENT),
          entry(ReconsiderationReviewActivityRecordedEvent.class, REVIEW_ACTIVITY),
          entry(ReconsiderationSuspendedEvent.class, SUSPENSION),
          entry(ReconsiderationResumedEvent.class, RESUMPTION),
          entry(ReconsiderationTimeLimitExtendedEvent.class, EXTENSION),
          entry(ReconsiderationProcedureConvertedEvent.class, PROCEDURE_CONVERSION),
          entry(ReconsiderationMediationAgreementEffectiveEvent.class, MEDIATION_AGREEMENT),
          entry(ReconsiderationWithdrawnEvent.class, WITHDRAWAL),
          entry(ReconsiderationTerminatedEvent.class, TERMINATION),
          entry(ReconsiderationDecidedEvent.class, DECISION),
          entry(ReconsiderationApplicationDismissedEvent.class, DISMISSAL));

  private final String step;
  private final String allowedWhen;
  private final Consumer<ReconsiderationStanding> further;
  private final EnumSet<ReconsiderationState> allowed;

  ReconsiderationStep(
      String step, String allowedWhen, ReconsiderationState first, ReconsiderationState... others) {
    this(step, allowedWhen, standing -> {}, first, others);
  }

  ReconsiderationStep(
      String step,
      String allowedWhen,
      Consumer<ReconsiderationStanding> further,
      ReconsiderationState first,
      ReconsiderationState... others) {
    this.step = step;
    this.allowedWhen = allowedWhen;
    this.further = further;
    this.allowed = EnumSet.of(first, others);
  }

  /** Refuses the step in a state that does not allow it, or against its further rule. */
  @Override
  public void requireAllowedIn(ReconsiderationStanding standing) {
    if (!allowed.contains(standing.state())) {
      throw new IllegalTransition(step, standing.state(), allowedWhen);
    }
    further.accept(standing);
  }

  /** The steps a case standing so may take, by their path segments. */
  static List<String> allowedIn(ReconsiderationStanding standing) {
    return CaseStep.allowedIn(ReconsiderationStep.class, standing);
  }

  /** The ending steps' wording. */
  private static final class Ending {
    static final String UNDER_REVIEW =
        "while the case is UNDER_REVIEW (a case has exactly one ending)";
    static final String OR_SUSPENDED = "while the case is UNDER_REVIEW or SUSPENDED";
  }
}
