package org.disputeregistry.command.backfill;

/**
 * The codes only a back-fill gives: a line that names no case type or step of the file format, and
 * an input that breaks a bound while it is read. A line refused for anything else carries the code
 * the API would answer for the same body or rule ({@code ProblemCode}, {@code ErrorCode}).
 */
enum BackfillCode {
  /** The line's {@code type} is not a case type of the file format. */
  UNKNOWN_CASE_TYPE,
  /** A step's {@code step} is not a step of the line's case type. */
  UNKNOWN_STEP_NAME,
  /** A line longer than {@code registry.backfill.max-line-length} characters ends the run. */
  LINE_TOO_LONG,
  /** A line past {@code registry.backfill.max-lines} ends the run. */
  TOO_MANY_LINES,
  /** Another upload for the same organisation is running (429, with Retry-After). */
  BACKFILL_RUNNING
}
