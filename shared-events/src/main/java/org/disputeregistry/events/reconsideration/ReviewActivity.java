package org.disputeregistry.events.reconsideration;

/** Things that happen while an accepted case is reviewed, before it ends. */
public enum ReviewActivity {
  RESPONDENT_ANSWERED,
  VIEWS_HEARD,
  HEARING_HELD
}
