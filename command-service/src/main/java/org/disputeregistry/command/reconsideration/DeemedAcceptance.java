package org.disputeregistry.command.reconsideration;

import java.time.LocalDate;

/**
 * Acceptance by operation of law (视为受理), derived from the dates, never set by a client: an
 * application that the office did not refuse within its review period is accepted by law (行政复议法
 * 2023 Art. 30: "审查期限届满…未作出不予受理决定的，审查期限届满之日起视为受理"; 2017 Art. 17: an application not refused within
 * 5 days is accepted). So an acceptance recorded after the review's due date ({@code reviewDueOn},
 * of the application or of its completion) is a deemed one; one recorded on or before it is the
 * office's own. A case recorded before due dates were carried (no {@code reviewDueOn}) cannot be
 * judged and counts as the office's own.
 */
final class DeemedAcceptance {

  private DeemedAcceptance() {}

  static boolean deemed(LocalDate acceptedOn, LocalDate reviewDueOn) {
    return reviewDueOn != null && acceptedOn.isAfter(reviewDueOn);
  }
}
