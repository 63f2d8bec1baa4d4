package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;
import org.disputeregistry.command.rules.TimeLimit;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.statutory.law.ReconsiderationLaw;

/**
 * The office's period to review a received (or completed) application, and the acceptance by
 * operation of law (视为受理) it entails, derived from the dates, never set by a client: an application
 * the office did not refuse within the period is accepted by law, so an acceptance recorded after
 * {@code dueOn} is a deemed one, one recorded on or before it the office's own. A deemed acceptance
 * takes effect on the day the law says ({@link ReconsiderationLaw#deemedAcceptedOn}: the review's
 * last day under the 2023 revision, Art. 30; the receipt under the earlier law, Art. 17), and the
 * decision's and the copy's periods run from that day, not from the day it was recorded.
 *
 * @param startedOn the day the application, or its completion, was received
 * @param dueOn the review's last day; null for cases recorded before it was carried, never deemed
 */
record ReviewPeriod(LocalDate startedOn, LocalDate dueOn) {

  /** The review of an application received (or completed) on this day, under its law. */
  static ReviewPeriod startedOn(LocalDate receivedOn, ReconsiderationLaw law) {
    return new ReviewPeriod(receivedOn, TimeLimit.dueOn(law.review(), receivedOn));
  }

  boolean deems(LocalDate acceptedOn) {
    return dueOn != null && acceptedOn.isAfter(dueOn);
  }

  /**
   * The acceptance of the command: deemed or not, with the due dates of the decision and of the
   * copy to the respondent counted from the day it took effect in law.
   */
  ReconsiderationAcceptedEvent accepted(AcceptCommand command, ReconsiderationLaw law) {
    boolean deemed = deems(command.acceptedOn());
    LocalDate start = acceptedByLawOn(deemed, command.acceptedOn(), law);
    return command.toEvent(
        deemed,
        TimeLimit.dueOn(law.decision(command.procedure()), start),
        TimeLimit.dueOn(law.copyToRespondent(command.procedure()), start));
  }

  /** The day an acceptance recorded on {@code acceptedOn} takes effect in law. */
  LocalDate acceptedByLawOn(boolean deemed, LocalDate acceptedOn, ReconsiderationLaw law) {
    return deemed && dueOn != null ? law.deemedAcceptedOn(startedOn, dueOn) : acceptedOn;
  }
}
