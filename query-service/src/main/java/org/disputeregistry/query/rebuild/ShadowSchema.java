package org.disputeregistry.query.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputeregistry.query.projection.Target;
import org.disputeregistry.query.projection.Targets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shadow read model: an empty copy of every table of the live schema (Flyway's history aside),
 * with the same columns, constraints and triggers, in a schema of its own, given the live tables'
 * other indexes and the planner's statistics once it is filled; and the switch that moves the
 * filled copies into the live schema in one transaction. A new read-model table is covered by
 * creating it in a migration, nothing else.
 */
@Component
class ShadowSchema {

  private static final String SHADOW = Target.SHADOW_SCHEMA;
  private static final String RETIRED = "rebuild_retired";

  private final JdbcTemplate jdbc;
  private final String live;
  private final String flywayTable;
  private final String maintenanceMemory;

  ShadowSchema(
      JdbcTemplate jdbc,
      Targets targets,
      @Value("${spring.flyway.table:flyway_schema_history}") String flywayTable,
      @Value("${registry.projection.rebuild.maintenance-work-mem:256MB}")
          String maintenanceMemory) {
    this.jdbc = jdbc;
    this.live = targets.liveSchema();
    this.flywayTable = flywayTable;
    this.maintenanceMemory = maintenanceMemory;
  }

  /** Drops what an earlier rebuild left behind, then creates the empty shadow tables. */
  @Transactional
  public void create() {
    // With an empty search path the catalogue functions below print schema-qualified names.
    jdbc.execute("SET LOCAL search_path TO pg_catalog");
    List<String> views =
        jdbc.queryForList(
            "SELECT relname::text FROM pg_class WHERE relkind IN ('v', 'm')"
                + " AND relnamespace = ?::regnamespace",
            String.class,
            live);
    if (!views.isEmpty()) {
      // A view follows its tables by identity: it would end up on the retired ones.
      throw new IllegalStateException(
          "The switch moves tables, so read models may not be views: " + views);
    }
    jdbc.execute("DROP SCHEMA IF EXISTS " + SHADOW + " CASCADE");
    jdbc.execute("CREATE SCHEMA " + SHADOW);
    for (String table : tables()) {
      String source = live + "." + table;
      jdbc.execute(
          "CREATE TABLE %s.%s (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING IDENTITY"
                  .formatted(SHADOW, table, source)
              + " INCLUDING GENERATED INCLUDING COMMENTS)");
      for (Map<String, Object> c :
          jdbc.queryForList(
              "SELECT quote_ident(conname) AS name, contype::text AS kind,"
                  + " pg_get_constraintdef(oid) AS definition FROM pg_constraint"
                  + " WHERE conrelid = ?::regclass AND contype IN ('p', 'u', 'x', 'f')",
              source)) {
        if ("f".equals(c.get("kind"))) {
          throw new IllegalStateException(
              "Read-model tables are rebuilt one by one and may not reference each other: "
                  + source
                  + " has foreign key "
                  + c.get("name"));
        }
        jdbc.execute(
            "ALTER TABLE %s.%s ADD CONSTRAINT %s %s"
                .formatted(SHADOW, table, c.get("name"), c.get("definition")));
      }
      // A trigger (the counters' version) must still fire once the copy is the live table.
      for (String trigger :
          jdbc.queryForList(
              "SELECT pg_get_triggerdef(oid) FROM pg_trigger"
                  + " WHERE tgrelid = ?::regclass AND NOT tgisinternal",
              String.class,
              source)) {
        jdbc.execute(trigger.replace(" ON " + source + " ", " ON " + SHADOW + "." + table + " "));
      }
    }
  }

  /**
   * The statements that give the filled shadow tables the live ones' other indexes (those that no
   * constraint owns), the largest tables' first: built once over the loaded rows rather than kept
   * up row by row while the rebuild writes them. The constraints' indexes came with the tables: the
   * projection's upserts and its reads by case use them. Each may run in a session of its own
   * ({@link #execute}): nobody else writes or reads the shadow tables before the switch.
   */
  @Transactional(readOnly = true)
  public List<String> indexes() {
    // With an empty search path the catalogue functions below print schema-qualified names.
    jdbc.execute("SET LOCAL search_path TO pg_catalog");
    List<String> statements = new ArrayList<>();
    for (String table : shadowTablesLargestFirst()) {
      String source = live + "." + table;
      for (String index :
          jdbc.queryForList(
              "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = ?::regclass"
                  + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                  + " WHERE c.conindid = i.indexrelid)",
              String.class,
              source)) {
        statements.add(index.replace(" ON " + source + " ", " ON " + SHADOW + "." + table + " "));
      }
    }
    return statements;
  }

  /**
   * The planner's statistics of every loaded shadow table, the largest first: for the reads of the
   * rest of the rebuild and of the first queries after the switch. Once its indexes and counters
   * are in (an index build would hold an ANALYZE of its table up anyway).
   */
  public List<String> analyses() {
    return shadowTablesLargestFirst().stream().map(t -> "ANALYZE " + SHADOW + "." + t).toList();
  }

  /**
   * Runs a statement of {@link #indexes} or {@link #analyses} in a transaction of its own, with the
   * memory an index build of millions of rows sorts in (PostgreSQL's default of 64 MB spills it to
   * disk).
   */
  @Transactional
  public void execute(String statement) {
    jdbc.queryForObject(
        "SELECT set_config('maintenance_work_mem', ?, true)", String.class, maintenanceMemory);
    jdbc.execute(statement);
  }

  /**
   * Moves the shadow tables into the live schema and drops the live ones, inside the caller's
   * transaction: readers see the old tables or the new ones, never a mix.
   */
  public void switchIn() {
    // Readers queue behind a waiting ALTER TABLE: rather fail the rebuild than stall them.
    jdbc.execute("SET LOCAL lock_timeout = '10s'");
    jdbc.execute("DROP SCHEMA IF EXISTS " + RETIRED + " CASCADE");
    jdbc.execute("CREATE SCHEMA " + RETIRED);
    for (String table : tables()) {
      jdbc.execute("ALTER TABLE %s.%s SET SCHEMA %s".formatted(live, table, RETIRED));
      jdbc.execute("ALTER TABLE %s.%s SET SCHEMA %s".formatted(SHADOW, table, live));
    }
    keepSerialSequences();
    jdbc.execute("DROP SCHEMA " + RETIRED + " CASCADE");
    jdbc.execute("DROP SCHEMA " + SHADOW + " CASCADE");
  }

  /**
   * A serial column's sequence belongs to the live table and moved out with it, but the shadow
   * copy's default draws from it too: hand it over before the old table is dropped.
   */
  private void keepSerialSequences() {
    for (Map<String, Object> owned :
        jdbc.queryForList(
            "SELECT quote_ident(s.relname) AS seq, quote_ident(t.relname) AS tab,"
                + " quote_ident(a.attname) AS col FROM pg_depend d"
                + " JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'"
                + " JOIN pg_class t ON t.oid = d.refobjid"
                + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid"
                + " WHERE d.deptype = 'a' AND s.relnamespace = ?::regnamespace",
            RETIRED)) {
      String sequence = owned.get("seq").toString();
      jdbc.execute("ALTER SEQUENCE %s.%s OWNED BY NONE".formatted(RETIRED, sequence));
      jdbc.execute("ALTER SEQUENCE %s.%s SET SCHEMA %s".formatted(RETIRED, sequence, live));
      jdbc.execute(
          "ALTER SEQUENCE %s.%s OWNED BY %s.%s.%s"
              .formatted(live, sequence, live, owned.get("tab"), owned.get("col")));
    }
  }

  private List<String> shadowTablesLargestFirst() {
    return jdbc.queryForList(
        "SELECT quote_ident(relname) FROM pg_class WHERE relnamespace = ?::regnamespace"
            + " AND relkind = 'r' ORDER BY pg_relation_size(oid) DESC, relname",
        String.class,
        SHADOW);
  }

  private List<String> tables() {
    return jdbc.queryForList(
        "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = ? AND tablename <> ?"
            + " ORDER BY tablename",
        String.class,
        live,
        flywayTable);
  }
}
