package org.disputeregistry.query.counts;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the cases a read model already held when the counters came in (a kept data directory),
 * with the same contribution queries the projection uses. Spring Boot hands Flyway every {@code
 * JavaMigration} bean.
 */
@Component
class V31__FillStatisticCounts extends BaseJavaMigration {

  private final List<CountedTable> tables;

  V31__FillStatisticCounts(List<CountedTable> tables) {
    this.tables = tables;
  }

  @Override
  public void migrate(Context context) {
    StatisticCounts.refill(
        new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)), tables);
  }
}
