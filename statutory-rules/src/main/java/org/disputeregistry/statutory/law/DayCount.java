package org.disputeregistry.statutory.law;

/** How a statutory period counts its days. */
public enum DayCount {
  /** Working days, statutory holidays and weekends excluded, make-up days counted. */
  WORKING_DAYS,
  /** Calendar days; a period ending on a rest day runs to the next working day. */
  CALENDAR_DAYS
}
