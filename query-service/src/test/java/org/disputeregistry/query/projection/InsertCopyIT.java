package org.disputeregistry.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows copied in text format read back as the values they were made of, escapes and nulls included;
 * a value without a text form here leaves the rows to the INSERT.
 */
@SpringBootTest(properties = "registry.kafka.topic=insert-copy-it")
@WithRealInfrastructure
class InsertCopyIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void copiedRowsReadBackAsTheirValues() {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(
        row(
            UUID.randomUUID(),
            "光明区 \\ back\tslash\nnew\rline \\N",
            7,
            9_000_000_000L,
            new BigDecimal("12345.67"),
            true,
            LocalDate.of(2023, 2, 28)));
    rows.add(row(UUID.randomUUID(), null, null, null, null, null, null));
    rows.add(
        row(UUID.randomUUID(), "", -1, 0L, new BigDecimal("0.00"), false, LocalDate.of(1, 1, 1)));

    List<Map<String, Object>> read =
        transactions.execute(
            status -> {
              jdbc.execute(
                  "CREATE TEMPORARY TABLE copied (case_id UUID, name VARCHAR(64), n INTEGER,"
                      + " big BIGINT, amount NUMERIC(12, 2), flag BOOLEAN, day DATE)"
                      + " ON COMMIT DROP");
              InsertCopy copy = InsertCopy.of("copied", rows).orElseThrow();
              jdbc.execute(
                  (ConnectionCallback<Void>)
                      connection -> {
                        copy.send(connection);
                        return null;
                      });
              List<Map<String, Object>> back = new ArrayList<>();
              for (Map<String, Object> row : rows) {
                back.add(
                    jdbc.queryForObject(
                        "SELECT * FROM copied WHERE case_id = ?",
                        (rs, n) ->
                            row(
                                rs.getObject("case_id", UUID.class),
                                rs.getString("name"),
                                (Integer) rs.getObject("n"),
                                (Long) rs.getObject("big"),
                                rs.getBigDecimal("amount"),
                                (Boolean) rs.getObject("flag"),
                                rs.getObject("day", LocalDate.class)),
                        row.get("case_id")));
              }
              return back;
            });

    assertThat(read).isEqualTo(rows);
  }

  @Test
  void copiedTextArraysReadBackAsTheirElements() {
    String[][] arrays = {
      {"PERSON", "LEGAL_PERSON"},
      {"a,b", "{braces}", "say \"hi\"", "back\\slash", "tab\tnew\nline", " blank ", "NULL", ""},
      {"光明", null},
      {}
    };
    List<List<String>> read =
        transactions.execute(
            status -> {
              jdbc.execute(
                  "CREATE TEMPORARY TABLE copied (n INTEGER, codes VARCHAR(32)[]) ON COMMIT DROP");
              List<Map<String, Object>> rows = new ArrayList<>();
              for (int i = 0; i < arrays.length; i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("n", i);
                row.put("codes", arrays[i]);
                rows.add(row);
              }
              InsertCopy copy = InsertCopy.of("copied", rows).orElseThrow();
              jdbc.execute(
                  (ConnectionCallback<Void>)
                      connection -> {
                        copy.send(connection);
                        return null;
                      });
              return jdbc.query(
                  "SELECT codes FROM copied ORDER BY n",
                  (rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray()));
            });

    assertThat(read)
        .containsExactly(Arrays.stream(arrays).map(Arrays::asList).toArray(List[]::new));
  }

  @Test
  void aValueWithoutATextFormLeavesTheRowsToTheInsert() {
    assertThat(copyOf(LocalDate.of(10_000, 1, 1))).isEmpty();
    assertThat(copyOf(LocalDate.of(0, 12, 31))).isEmpty();
    assertThat(copyOf(java.time.Instant.EPOCH)).isEmpty();
    assertThat(copyOf(LocalDate.of(9999, 12, 31))).isPresent();
  }

  private static Optional<InsertCopy> copyOf(Object value) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("value", value);
    return InsertCopy.of("copied", List.of(row));
  }

  private static Map<String, Object> row(
      UUID caseId,
      String name,
      Integer n,
      Long big,
      BigDecimal amount,
      Boolean flag,
      LocalDate day) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("case_id", caseId);
    row.put("name", name);
    row.put("n", n);
    row.put("big", big);
    row.put("amount", amount);
    row.put("flag", flag);
    row.put("day", day);
    return row;
  }
}
