package org.disputeregistry.events.mediation;

/** The kind of commercial dispute. */
public enum CommercialDisputeType {
  TRADE,
  FINANCE,
  INTELLECTUAL_PROPERTY,
  CONSTRUCTION,
  REAL_ESTATE,
  CORPORATE,
  LOGISTICS,
  LABOUR_RELATED,
  OTHER
}
