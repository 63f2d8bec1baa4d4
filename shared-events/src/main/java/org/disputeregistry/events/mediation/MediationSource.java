package org.disputeregistry.events.mediation;

/**
 * Who brought the dispute to the centre: a party, a court (entrusted 委托 / assigned 委派), or an
 * agency.
 */
public enum MediationSource {
  PARTY,
  COURT_ENTRUSTED,
  COURT_ASSIGNED,
  AGENCY
}
