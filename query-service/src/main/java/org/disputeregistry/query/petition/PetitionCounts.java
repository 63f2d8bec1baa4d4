package org.disputeregistry.query.petition;

import java.util.Set;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.counts.CountedTable;
import org.disputeregistry.query.statistics.Dimension;
import org.springframework.stereotype.Component;

/**
 * What each petition adds to the counters, per street. The steps after acceptance count in the
 * cohort of the acceptance day, as the statistics define them, with every step known now.
 */
@Component
class PetitionCounts implements CountedTable {

  /** Registered, with the number of persons as amount. */
  static final String REGISTERED = "registered";

  static final String ACCEPTED = "accepted";
  static final String ACCEPTED_ON_TIME = "accepted_on_time";
  static final String NOT_ACCEPTED = "not_accepted";
  static final String REDIRECTED = "redirected";

  /** With the resolution as detail. */
  static final String RESOLVED = "resolved";

  /** With "on_time" or "late" as detail. */
  static final String REPLIED = "replied";

  /** With the satisfaction as detail. */
  static final String RATED = "rated";

  static final String REVIEW_REQUESTED = "review_requested";
  static final String REVIEW_DECIDED = "review_decided";
  static final String RE_REVIEW_REQUESTED = "re_review_requested";
  static final String RE_REVIEW_DECIDED = "re_review_decided";

  @Override
  public CaseType caseType() {
    return CaseType.PETITION;
  }

  @Override
  public Dimension dimension() {
    return Dimension.STREET;
  }

  @Override
  public Set<String> cumulative() {
    return Set.of(REGISTERED);
  }

  @Override
  public String contributions() {
    return """
        SELECT c.street AS dimension_value, v.measure, v.detail, v.day, v.amount
        FROM petition_case c CROSS JOIN LATERAL (VALUES
          ('registered', '', c.registered_on, c.persons::numeric),
          ('accepted', '', c.accepted_on, 0),
          ('accepted_on_time', '', CASE WHEN c.accepted_on_time THEN c.accepted_on END, 0),
          ('not_accepted', '', c.not_accepted_on, 0),
          ('redirected', '', c.redirected_on, 0),
          ('resolved', c.resolution::text,
            CASE WHEN c.resolution_on IS NOT NULL THEN c.accepted_on END, 0),
          ('replied', CASE WHEN c.replied_on_time THEN 'on_time' ELSE 'late' END,
            CASE WHEN c.replied_on IS NOT NULL THEN c.accepted_on END, 0),
          ('rated', c.satisfaction::text, CASE WHEN c.rated_on IS NOT NULL THEN c.accepted_on END, 0),
          ('review_requested', '',
            CASE WHEN c.review_requested_on IS NOT NULL THEN c.accepted_on END, 0),
          ('review_decided', '',
            CASE WHEN c.review_decided_on IS NOT NULL THEN c.accepted_on END, 0),
          ('re_review_requested', '',
            CASE WHEN c.re_review_requested_on IS NOT NULL THEN c.accepted_on END, 0),
          ('re_review_decided', '',
            CASE WHEN c.re_review_decided_on IS NOT NULL THEN c.accepted_on END, 0)
        ) AS v (measure, detail, day, amount)
        WHERE {cases}
        """;
  }
}
