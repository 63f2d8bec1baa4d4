package org.disputeregistry.query.mediation;

import java.util.Set;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.counts.CountedTable;
import org.disputeregistry.query.statistics.Dimension;
import org.springframework.stereotype.Component;

/** What each commercial mediation case adds to the counters, per centre. */
@Component
class CommercialMediationCounts implements CountedTable {

  /** Received, with the currency as detail and the amount in dispute. */
  static final String RECEIVED = "received";

  static final String ACCEPTED = "accepted";
  static final String NOT_ACCEPTED = "not_accepted";

  /** Concluded after acceptance, with the conclusion as detail. */
  static final String CONCLUDED = "concluded";

  /** Concluded without acceptance (withdrawn early), with the conclusion as detail. */
  static final String CONCLUDED_UNACCEPTED = "concluded_unaccepted";

  /** An agreement, on its day, with the currency as detail and the amount agreed. */
  static final String AGREED = "agreed";

  /** The following three count agreements, on the agreement's day. */
  static final String CONFIRMATION_APPLIED = "confirmation_applied";

  /** With the court's ruling as detail. */
  static final String CONFIRMATION_RULED = "confirmation_ruled";

  /** With how far the agreement was performed as detail. */
  static final String PERFORMED = "performed";

  /** Concluded after acceptance, with the whole days from acceptance as detail. */
  static final String DAYS_TO_CONCLUDE = "days_to_conclude";

  @Override
  public CaseType caseType() {
    return CaseType.COMMERCIAL_MEDIATION;
  }

  @Override
  public Dimension dimension() {
    return Dimension.CENTRE;
  }

  @Override
  public Set<String> cumulative() {
    return Set.of(RECEIVED);
  }

  @Override
  public String contributions() {
    return """
        SELECT c.centre AS dimension_value, v.measure, v.detail, v.day, v.amount
        FROM commercial_mediation_case c
        CROSS JOIN LATERAL (SELECT CASE WHEN c.conclusion = 'AGREEMENT' THEN c.concluded_on END)
          AS a (agreed_on)
        CROSS JOIN LATERAL (VALUES
          ('received', c.dispute_currency::text, c.received_on, c.amount_in_dispute),
          ('accepted', '', c.accepted_on, 0),
          ('not_accepted', '', c.not_accepted_on, 0),
          (CASE WHEN c.accepted_on IS NULL THEN 'concluded_unaccepted' ELSE 'concluded' END,
            c.conclusion::text, c.concluded_on, 0),
          ('agreed', c.agreed_currency::text, a.agreed_on, coalesce(c.amount_agreed, 0)),
          ('confirmation_applied', '',
            CASE WHEN c.confirmation_applied_on IS NOT NULL THEN a.agreed_on END, 0),
          ('confirmation_ruled', c.confirmation_ruling::text, a.agreed_on, 0),
          ('performed', c.performance::text, a.agreed_on, 0),
          ('days_to_conclude', (c.concluded_on - c.accepted_on)::text, c.concluded_on, 0)
        ) AS v (measure, detail, day, amount)
        WHERE {cases}
        """;
  }
}
