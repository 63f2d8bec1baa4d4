package org.disputeregistry.query.deadline;

/**
 * A statutory time limit of a case step, read from a case table: when its clock started, when it is
 * due, and the condition (true at {@code :asOf}) under which it no longer runs. Due dates are those
 * known now, extensions included.
 */
enum Deadline {
  PETITION_ACCEPTANCE(
      "petition",
      "ACCEPTANCE",
      "petition_case",
      "registered_on",
      "acceptance_due_on",
      "least(accepted_on, not_accepted_on, redirected_on) <= :asOf"),
  PETITION_REPLY(
      "petition", "REPLY", "petition_case", "accepted_on", "reply_due_on", "replied_on <= :asOf"),
  PETITION_REVIEW_DECISION(
      "petition",
      "REVIEW_DECISION",
      "petition_case",
      "review_requested_on",
      "review_due_on",
      "review_decided_on <= :asOf"),
  PETITION_RE_REVIEW_DECISION(
      "petition",
      "RE_REVIEW_DECISION",
      "petition_case",
      "re_review_requested_on",
      "re_review_due_on",
      "re_review_decided_on <= :asOf"),
  // A suspended case's clock stands still; resuming moves its due date.
  RECONSIDERATION_DECISION(
      "reconsideration",
      "DECISION",
      "reconsideration_case",
      "accepted_on",
      "decision_due_on",
      "closed_on <= :asOf OR suspended_on <= :asOf");

  final String caseType;
  final String step;
  final String table;
  final String started;
  final String due;
  final String stopped;

  Deadline(String caseType, String step, String table, String started, String due, String stopped) {
    this.caseType = caseType;
    this.step = step;
    this.table = table;
    this.started = started;
    this.due = due;
    this.stopped = stopped;
  }

  /** The cases whose limit runs at {@code :asOf} and is due within {@code window}. */
  String select(String window) {
    return "SELECT '%s' AS step, case_id, case_number, street, community, category, %s AS since,"
            .formatted(step, started)
        + " %s AS due_on FROM %s WHERE %s <= :asOf AND %s IS NOT NULL"
            .formatted(due, table, started, due)
        // A null comparison is "not known to have stopped": the limit runs.
        + " AND NOT coalesce(%s, FALSE) AND %s".formatted(stopped, window.replace("{due}", due));
  }
}
