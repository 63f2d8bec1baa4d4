package org.disputeregistry.query.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole read side of a database, row by row, for comparing two of them exactly. */
public final class ReadModels {

  /** Columns whose values depend on when and in which order rows were written, not on events. */
  private static final List<String> INCIDENTAL = List.of("dead_letter.id", "dead_letter.parked_at");

  private ReadModels() {}

  /**
   * Every table of the schema but Flyway's and the counters' version (how many transactions wrote
   * them): its rows as text, in a stable order.
   */
  public static Map<String, List<String>> dump(JdbcTemplate jdbc) {
    Map<String, List<String>> tables = new TreeMap<>();
    for (String table :
        jdbc.queryForList(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                + " AND tablename NOT IN ('flyway_schema_history', 'statistic_count_version')",
            String.class)) {
      String columns =
          jdbc
              .queryForList(
                  "SELECT column_name FROM information_schema.columns"
                      + " WHERE table_schema = current_schema() AND table_name = ?"
                      + " ORDER BY ordinal_position",
                  String.class,
                  table)
              .stream()
              .filter(c -> !INCIDENTAL.contains(table + "." + c))
              .map(c -> "coalesce(" + c + "::text, 'NULL')")
              .collect(Collectors.joining(" || ' | ' || "));
      tables.put(
          table,
          jdbc.queryForList(
              "SELECT " + columns + " AS row FROM " + table + " ORDER BY 1", String.class));
    }
    return tables;
  }

  /** Whether the live read model has projected the topic up to these ends on every partition. */
  public static boolean caughtUp(JdbcTemplate jdbc, String topic, Map<Integer, Long> ends) {
    Map<Integer, Long> stored =
        jdbc
            .queryForList(
                "SELECT kafka_partition, next_offset FROM projection_offset WHERE topic = ?", topic)
            .stream()
            .collect(
                Collectors.toMap(
                    r -> ((Number) r.get("kafka_partition")).intValue(),
                    r -> ((Number) r.get("next_offset")).longValue()));
    return ends.entrySet().stream()
        .allMatch(e -> e.getValue() == 0 || stored.getOrDefault(e.getKey(), 0L) >= e.getValue());
  }

  public static long received(JdbcTemplate jdbc, int year) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM reconsideration_case WHERE extract(year FROM received_on) = ?",
        Long.class,
        year);
  }
}
