package org.disputeregistry.query.deadline;

import java.time.LocalDate;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.query.projection.ReadModelWrites;

/** What a step does to its case's time limits in {@code case_deadline}. */
sealed interface DeadlineChange {

  void write(ReadModelWrites writes, CaseId caseId);

  /**
   * A limit starts running (again, if the step restarts it: a completed application); without a
   * procedure of its own it takes the one its case's other limits carry.
   */
  record Starts(DeadlineKind kind, LocalDate since, LocalDate dueOn, Procedure procedure)
      implements DeadlineChange {
    @Override
    public void write(ReadModelWrites writes, CaseId caseId) {
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
  }

  /**
   * A running (or suspended) limit gets a new due date: extended, converted to another procedure,
   * resumed after a suspension (then it runs again).
   */
  record Moves(DeadlineKind kind, LocalDate dueOn, Procedure procedure, boolean resumes)
      implements DeadlineChange {
    @Override
    public void write(ReadModelWrites writes, CaseId caseId) {
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
  }

  /** A limit stops running on this day: its step was taken (or the case suspended). */
  record Ends(DeadlineKind kind, LocalDate on) implements DeadlineChange {
    @Override
    public void write(ReadModelWrites writes, CaseId caseId) {
      writes.add(
          caseId,
          DeadlineProjection.TABLE,
          "UPDATE case_deadline SET ended_on = ? WHERE case_id = ? AND kind = ?"
              + " AND ended_on IS NULL",
          on,
          caseId.value(),
          kind.name());
    }
  }

  /** Every limit of the case stops running on this day: the case ended. */
  record EndsAll(LocalDate on) implements DeadlineChange {
    @Override
    public void write(ReadModelWrites writes, CaseId caseId) {
      writes.add(
          caseId,
          DeadlineProjection.TABLE,
          "UPDATE case_deadline SET ended_on = ? WHERE case_id = ? AND ended_on IS NULL",
          on,
          caseId.value());
    }
  }
}
