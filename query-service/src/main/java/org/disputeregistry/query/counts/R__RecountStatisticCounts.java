package org.disputeregistry.query.counts;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Recounts every counter from the case tables whenever the figures' definitions change: a
 * repeatable migration whose checksum is that of the contribution queries, so Flyway runs it again
 * (before the service consumes anything) exactly when a figure is added or redefined. Spring Boot
 * hands Flyway every {@code JavaMigration} bean.
 */
@Component
class R__RecountStatisticCounts extends BaseJavaMigration {

  private final List<CaseFigures> tables;

  R__RecountStatisticCounts(List<CaseFigures> tables) {
    this.tables = tables.stream().sorted(Comparator.comparing(CaseFigures::caseType)).toList();
  }

  @Override
  public Integer getChecksum() {
    CRC32 crc = new CRC32();
    tables.forEach(t -> crc.update(t.counted("TRUE").getBytes(StandardCharsets.UTF_8)));
    return (int) crc.getValue();
  }

  @Override
  public void migrate(Context context) {
    StatisticCounts.refill(
        new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)), tables);
  }
}
