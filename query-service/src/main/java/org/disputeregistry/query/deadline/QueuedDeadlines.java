package org.disputeregistry.query.deadline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.query.projection.ReadModelWrites;

/**
 * A case's time limits as the flush will insert them, while it knows every one the case has ({@link
 * ReadModelWrites#knownRows}): a row per kind, named by the kind. The rows are the flush's live
 * views: what is folded into them shows.
 */
final class QueuedDeadlines {

  private final ReadModelWrites writes;
  private final CaseId caseId;
  private final Map<String, Map<String, Object>> rows;

  private QueuedDeadlines(
      ReadModelWrites writes, CaseId caseId, Map<String, Map<String, Object>> rows) {
    this.writes = writes;
    this.caseId = caseId;
    this.rows = rows;
  }

  /** The case's limits, if the flush knows them all. */
  static Optional<QueuedDeadlines> of(ReadModelWrites writes, CaseId caseId) {
    return writes
        .knownRows(caseId, DeadlineProjection.TABLE)
        .map(rows -> new QueuedDeadlines(writes, caseId, rows));
  }

  boolean has(DeadlineKind kind) {
    return rows.containsKey(kind.name());
  }

  /** Whether the limit is there and has not ended. */
  boolean running(DeadlineKind kind) {
    return has(kind) && rows.get(kind.name()).get("ended_on") == null;
  }

  List<DeadlineKind> kinds() {
    return rows.keySet().stream().map(DeadlineKind::valueOf).toList();
  }

  /** The greatest procedure among the case's limits, as {@code max(procedure)} reads the rows. */
  String procedure() {
    return rows.values().stream()
        .map(row -> (String) row.get("procedure"))
        .filter(Objects::nonNull)
        .max(String::compareTo)
        .orElse(null);
  }

  void insert(DeadlineKind kind, LocalDate startedOn, LocalDate dueOn, String procedure) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("kind", kind.name());
    columns.put("started_on", startedOn);
    columns.put("due_on", dueOn);
    columns.put("ended_on", null);
    columns.put("procedure", procedure);
    rows.put(kind.name(), writes.insertRow(caseId, DeadlineProjection.TABLE, kind.name(), columns));
  }

  /** Sets the given columns (name, value, name, value...) of the kind's row. */
  void set(DeadlineKind kind, Object... namesAndValues) {
    Map<String, Object> columns = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    writes.foldRow(caseId, DeadlineProjection.TABLE, kind.name(), columns);
  }
}
