package org.disputeregistry.events;

import java.time.LocalDate;

/**
 * A step of a case. Every statistic counts by {@link #businessDate()}, the day the step happened,
 * not the day it was typed in.
 */
public interface CaseEvent {

  CaseId caseId();

  LocalDate businessDate();
}
