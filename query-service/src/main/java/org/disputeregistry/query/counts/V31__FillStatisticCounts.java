package org.disputeregistry.query.counts;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Once counted the cases a read model already held when the counters came in. {@link
 * R__RecountStatisticCounts} now does that whenever the figures' definitions change; this version
 * stays so that databases that applied it still validate.
 */
@Component
class V31__FillStatisticCounts extends BaseJavaMigration {

  @Override
  public void migrate(Context context) {
    // Counted by R__RecountStatisticCounts, which runs after every versioned migration.
  }
}
