package org.disputeregistry.events.reconsideration;

/** How an accepted case is reviewed: ordinary (普通, 60 days) or simplified (简易, 30 days). */
public enum Procedure {
  ORDINARY,
  SIMPLIFIED
}
