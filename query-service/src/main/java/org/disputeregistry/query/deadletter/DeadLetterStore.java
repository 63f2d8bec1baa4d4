package org.disputeregistry.query.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and settles the rows that the projector parked. */
@Component
public class DeadLetterStore {

  private static final String COLUMNS =
      "id, topic, kafka_partition, kafka_offset, record_key, record_value, reason, parked_at";
  private static final String ORDER = " ORDER BY topic, kafka_partition, kafka_offset";

  private final JdbcTemplate jdbc;

  DeadLetterStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<DeadLetter> page(int page, int size) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM dead_letter" + ORDER + " LIMIT ? OFFSET ?",
        DeadLetterStore::row,
        size,
        (long) page * size);
  }

  public long count() {
    return jdbc.queryForObject("SELECT count(*) FROM dead_letter", Long.class);
  }

  public List<Long> ids() {
    return jdbc.queryForList("SELECT id FROM dead_letter" + ORDER, Long.class);
  }

  public Optional<DeadLetter> find(long id) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?", DeadLetterStore::row, id)
        .stream()
        .findFirst();
  }

  /** The row, locked so that two replays of it do not both apply it. */
  Optional<DeadLetter> lock(long id) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM dead_letter WHERE id = ? FOR UPDATE",
            DeadLetterStore::row,
            id)
        .stream()
        .findFirst();
  }

  void delete(long id) {
    jdbc.update("DELETE FROM dead_letter WHERE id = ?", id);
  }

  void reparked(long id, String reason) {
    jdbc.update("UPDATE dead_letter SET reason = ?, parked_at = now() WHERE id = ?", reason, id);
  }

  private static DeadLetter row(ResultSet rs, int rowNum) throws SQLException {
    return new DeadLetter(
        rs.getLong("id"),
        rs.getString("topic"),
        rs.getInt("kafka_partition"),
        rs.getLong("kafka_offset"),
        rs.getString("record_key"),
        rs.getBytes("record_value"),
        rs.getString("reason"),
        rs.getTimestamp("parked_at").toInstant());
  }
}
