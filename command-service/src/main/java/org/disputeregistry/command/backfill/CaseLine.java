package org.disputeregistry.command.backfill;

import java.util.List;

/**
 * A line read into the commands it stands for: the case's opening first, then its steps in order.
 *
 * @param number the line's number in the file
 * @param caseId the id of the case the line opens
 */
record CaseLine(long number, String caseId, List<Command> commands) {

  /**
   * One command of the line and where it is in the line ({@code open}, {@code steps[2] (reply)}),
   * to name it when it is refused.
   */
  record Command(String at, Object command) {}
}
