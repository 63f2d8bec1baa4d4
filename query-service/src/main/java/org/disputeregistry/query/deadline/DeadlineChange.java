package org.disputeregistry.query.deadline;

import java.time.LocalDate;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.query.projection.ReadModelWrites;

/**
 * What a step does to its case's time limits in {@code case_deadline}: a statement on the stored
 * rows, or, while the flush knows every row of the case (its first event is in the same batch), the
 * same change folded into the rows it will insert ({@link QueuedDeadlines}), so that a batch writes
 * each limit once.
 */
sealed interface DeadlineChange {

  default void write(ReadModelWrites writes, CaseId caseId) {
    QueuedDeadlines.of(writes, caseId).ifPresentOrElse(this::fold, () -> statement(writes, caseId));
  }

  /** The change as a statement on the stored rows. */
  void statement(ReadModelWrites writes, CaseId caseId);

  /** The same change on the rows the flush will insert. */
  void fold(QueuedDeadlines rows);

  /**
   * A limit starts running (again, if the step restarts it: a completed application); without a
   * procedure of its own it takes the one its case's other limits carry.
   */
  record Starts(DeadlineKind kind, LocalDate since, LocalDate dueOn, Procedure procedure)
      implements DeadlineChange {
    @Override
    public void statement(ReadModelWrites writes, CaseId caseId) {
      writes.add(
          caseId,
          DeadlineProjection.TABLE,
          "INSERT INTO case_deadline (case_id, kind, started_on, due_on, ended_on, procedure)"
              + " VALUES (?, ?, ?, ?, NULL, coalesce(?, (SELECT max(procedure) FROM case_deadline"
              + " WHERE case_id = ?))) ON CONFLICT (case_id, kind) DO UPDATE SET"
              + " started_on = EXCLUDED.started_on, due_on = EXCLUDED.due_on, ended_on = NULL,"
              + " procedure = EXCLUDED.procedure",
          caseId.value(),
          kind.name(),
          since,
          dueOn,
          procedure == null ? null : procedure.name(),
          caseId.value());
    }

    @Override
    public void fold(QueuedDeadlines rows) {
      String resolved = procedure == null ? rows.procedure() : procedure.name();
      if (rows.has(kind)) {
        rows.set(
            kind, "started_on", since, "due_on", dueOn, "ended_on", null, "procedure", resolved);
      } else {
        rows.insert(kind, since, dueOn, resolved);
      }
    }
  }

  /**
   * A running (or suspended) limit gets a new due date: extended, converted to another procedure,
   * resumed after a suspension (then it runs again).
   */
  record Moves(DeadlineKind kind, LocalDate dueOn, Procedure procedure, boolean resumes)
      implements DeadlineChange {
    @Override
    public void statement(ReadModelWrites writes, CaseId caseId) {
      writes.add(
          caseId,
          DeadlineProjection.TABLE,
          "UPDATE case_deadline SET due_on = ?, procedure = coalesce(?, procedure)"
              + (resumes ? ", ended_on = NULL" : "")
              + " WHERE case_id = ? AND kind = ?",
          dueOn,
          procedure == null ? null : procedure.name(),
          caseId.value(),
          kind.name());
    }

    @Override
    public void fold(QueuedDeadlines rows) {
      if (!rows.has(kind)) {
        return; // the statement would find no row
      }
      rows.set(kind, "due_on", dueOn);
      if (procedure != null) {
        rows.set(kind, "procedure", procedure.name());
      }
      if (resumes) {
        rows.set(kind, "ended_on", null);
      }
    }
  }

  /** A limit stops running on this day: its step was taken (or the case suspended). */
  record Ends(DeadlineKind kind, LocalDate on) implements DeadlineChange {
    @Override
    public void statement(ReadModelWrites writes, CaseId caseId) {
      writes.add(
          caseId,
          DeadlineProjection.TABLE,
          "UPDATE case_deadline SET ended_on = ? WHERE case_id = ? AND kind = ?"
              + " AND ended_on IS NULL",
          on,
          caseId.value(),
          kind.name());
    }

    @Override
    public void fold(QueuedDeadlines rows) {
      if (rows.running(kind)) {
        rows.set(kind, "ended_on", on);
      }
    }
  }

  /** Every limit of the case stops running on this day: the case ended. */
  record EndsAll(LocalDate on) implements DeadlineChange {
    @Override
    public void statement(ReadModelWrites writes, CaseId caseId) {
      writes.add(
          caseId,
          DeadlineProjection.TABLE,
          "UPDATE case_deadline SET ended_on = ? WHERE case_id = ? AND ended_on IS NULL",
          on,
          caseId.value());
    }

    @Override
    public void fold(QueuedDeadlines rows) {
      rows.kinds().stream().filter(rows::running).forEach(kind -> rows.set(kind, "ended_on", on));
    }
  }
}
