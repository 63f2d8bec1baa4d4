package org.disputeregistry.query.reconsideration;

import java.util.Set;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.counts.CountedTable;
import org.disputeregistry.query.statistics.Dimension;
import org.springframework.stereotype.Component;

/** What each reconsideration case adds to the counters, per street. */
@Component
class ReconsiderationCounts implements CountedTable {

  static final String RECEIVED = "received";
  static final String ACCEPTED = "accepted";
  static final String NOT_ACCEPTED = "not_accepted";
  static final String REDIRECTED = "redirected";

  /** Accepted and closed, on the later of the two days: open cases are accepted minus these. */
  static final String ACCEPTED_CLOSED = "accepted_closed";

  /** Closed, with the ending as detail. */
  static final String CLOSED = "closed";

  static final String CLOSED_ON_TIME = "closed_on_time";

  /** Closed, with the whole days from acceptance as detail. */
  static final String DAYS_TO_CLOSE = "days_to_close";

  @Override
  public CaseType caseType() {
    return CaseType.RECONSIDERATION;
  }

  @Override
  public Dimension dimension() {
    return Dimension.STREET;
  }

  @Override
  public Set<String> cumulative() {
    return Set.of(RECEIVED, ACCEPTED, ACCEPTED_CLOSED);
  }

  @Override
  public String contributions() {
    return """
        SELECT c.street AS dimension_value, v.measure, v.detail, v.day, v.amount
        FROM reconsideration_case c CROSS JOIN LATERAL (VALUES
          ('received', '', c.received_on, 0::numeric),
          ('accepted', '', c.accepted_on, 0),
          ('not_accepted', '', c.not_accepted_on, 0),
          ('redirected', '', c.redirected_on, 0),
          ('accepted_closed', '',
            CASE WHEN c.accepted_on IS NOT NULL AND c.closed_on IS NOT NULL
              THEN greatest(c.accepted_on, c.closed_on) END, 0),
          ('closed', c.ending, c.closed_on, 0),
          ('closed_on_time', '', CASE WHEN c.closed_on_time THEN c.closed_on END, 0),
          ('days_to_close', (c.closed_on - c.accepted_on)::text, c.closed_on, 0)
        ) AS v (measure, detail, day, amount)
        WHERE {cases}
        """;
  }
}
