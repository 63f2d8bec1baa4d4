package org.disputeregistry.events.petition;

/** The legal channel a petitioner is directed to instead (诉讼、仲裁、行政复议). */
public enum LegalChannel {
  LITIGATION,
  ARBITRATION,
  RECONSIDERATION
}
