package org.disputeregistry.query.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disputeregistry.events.EventEnvelope;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The last projected sequence number of every case: what makes a repeat harmless. */
@Component
class CaseProgress {

  enum Position {
    /** The next event of its case: apply it. */
    NEXT,
    /** Already applied: a repeated delivery. */
    DUPLICATE,
    /** An earlier event of the case is missing: applying it would skip a step. */
    GAP
  }

  private static final List<String> COLUMNS = List.of("case_id", "case_type", "last_sequence");

  private final JdbcTemplate jdbc;

  CaseProgress(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Reads and locks (until the transaction ends) the progress of the given cases in one query. The
   * returned view answers and records progress in memory; {@link Batch#flush} writes it back in one
   * JDBC batch.
   */
  Batch lock(Collection<UUID> caseIds) {
    Map<UUID, Long> last = new HashMap<>();
    if (!caseIds.isEmpty()) {
      jdbc.query(
          "SELECT case_id, last_sequence FROM case_progress WHERE case_id = ANY (?) FOR UPDATE",
          row -> {
            last.put(row.getObject(1, UUID.class), row.getLong(2));
          },
          (Object) caseIds.toArray(UUID[]::new));
    }
    return new Batch(last);
  }

  /** The progress of a batch's cases: read once, kept in memory, written back once. */
  final class Batch {

    private final Map<UUID, Long> read;
    private final Map<UUID, Long> last;
    private final Map<UUID, EventEnvelope> advanced = new LinkedHashMap<>();

    private Batch(Map<UUID, Long> read) {
      this.read = read;
      this.last = new HashMap<>(read);
    }

    /**
     * The progress as it was read, without what this view has advanced since: for a batch taken
     * again after a rollback to a savepoint set before the advances (the locks are still held).
     */
    Batch asRead() {
      return new Batch(read);
    }

    /** Whether an event of the case had been applied when the progress was read. */
    boolean projectedBefore(UUID caseId) {
      return read.containsKey(caseId);
    }

    /** Where the event stands. */
    Position locate(EventEnvelope envelope) {
      long expected = lastSequence(envelope) + 1;
      if (envelope.sequence() < expected) {
        return Position.DUPLICATE;
      }
      return envelope.sequence() == expected ? Position.NEXT : Position.GAP;
    }

    long lastSequence(EventEnvelope envelope) {
      return last.getOrDefault(envelope.caseId().value(), -1L);
    }

    void advance(EventEnvelope envelope) {
      last.put(envelope.caseId().value(), envelope.sequence());
      advanced.put(envelope.caseId().value(), envelope);
    }

    /**
     * Stores each advanced case's last sequence: the cases read with none stored are new rows, sent
     * in one COPY when there are enough of them ({@link InsertCopy}); the others are upserted.
     */
    void flush() {
      List<List<Object>> inserted = new ArrayList<>();
      List<Object[]> upserted = new ArrayList<>();
      for (EventEnvelope e : advanced.values()) {
        UUID caseId = e.caseId().value();
        if (read.containsKey(caseId)) {
          upserted.add(new Object[] {caseId, e.caseType().name(), e.sequence()});
        } else {
          inserted.add(List.of(caseId, e.caseType().name(), e.sequence()));
        }
      }
      if (inserted.size() >= InsertCopy.AT_LEAST) {
        InsertCopy copy = InsertCopy.of("case_progress", COLUMNS, inserted).orElseThrow();
        jdbc.execute(
            (ConnectionCallback<Void>)
                connection -> {
                  copy.send(connection);
                  return null;
                });
      } else {
        inserted.forEach(row -> upserted.add(row.toArray()));
      }
      jdbc.batchUpdate(
          "INSERT INTO case_progress (case_id, case_type, last_sequence) VALUES (?, ?, ?)"
              + " ON CONFLICT (case_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence",
          upserted);
      advanced.clear();
    }
  }
}
