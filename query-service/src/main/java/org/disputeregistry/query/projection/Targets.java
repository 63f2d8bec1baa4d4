package org.disputeregistry.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Points a transaction at its target. Projections use unqualified table names, so a shadow
 * transaction only needs its search path set to the shadow schema. Live transactions share a lock
 * that a rebuild takes exclusively to swap the tables, so no batch straddles the switch.
 */
@Component
public class Targets {

  /** Any constant no other code uses as an advisory lock key. */
  private static final long LIVE_LOCK = 7_020_503_001L;

  private final JdbcTemplate jdbc;
  private final String liveSchema;

  Targets(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.liveSchema = jdbc.queryForObject("SELECT current_schema()", String.class);
  }

  /** The schema of the live read model (where Flyway created it). */
  public String liveSchema() {
    return liveSchema;
  }

  /** Must be the first statement of the transaction. */
  public void enter(Target target) {
    switch (target) {
      case LIVE -> jdbc.execute("SELECT pg_advisory_xact_lock_shared(" + LIVE_LOCK + ")");
      // Only the shadow schema: a table missing there fails instead of writing the live one.
      case SHADOW -> jdbc.execute("SET LOCAL search_path TO " + Target.SHADOW_SCHEMA);
    }
  }

  /** Waits for live batches in flight and holds new ones off until the transaction ends. */
  public void lockLive() {
    jdbc.execute("SELECT pg_advisory_xact_lock(" + LIVE_LOCK + ")");
  }
}
