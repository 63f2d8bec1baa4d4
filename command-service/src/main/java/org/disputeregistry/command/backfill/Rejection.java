package org.disputeregistry.command.backfill;

/**
 * Why a line of a back-fill file was not loaded; nothing of its case was.
 *
 * @param line its number in the file, from 1
 * @param caseId the case's id if it could be read
 * @param step where in the line: {@code open} or {@code steps[i] (name)}, null for the line
 * @param field the field at fault, if known
 */
record Rejection(long line, String caseId, String step, String code, String field, String message) {

  String describe() {
    StringBuilder text = new StringBuilder("line ").append(line);
    if (caseId != null) {
      text.append(" case ").append(caseId);
    }
    if (step != null) {
      text.append(" at ").append(step);
    }
    text.append(": ").append(code);
    if (field != null) {
      text.append(" (").append(field).append(')');
    }
    return text.append(" ").append(message).toString();
  }
}
