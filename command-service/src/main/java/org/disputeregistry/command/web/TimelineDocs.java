package org.disputeregistry.command.web;

import org.disputeregistry.command.lifecycle.CaseHistory;

/**
 * What the OpenAPI document says of the timeline of every case type: read the same way for all (the
 * lifecycle's {@link CaseHistory#timeline}), so its words are written once.
 */
public final class TimelineDocs {

  public static final String SUMMARY =
      "The timeline of a case: every event in the order it was recorded";

  public static final String DESCRIPTION =
      "Read from the event store: a step is on it as soon as it is answered. Each event with"
          + " its sequence, type and zh/en label, business date, time recorded, actor and"
          + " organisation, and its fields; a step also with its name (`step`, the path segment"
          + " of its POST; `amendment` or `retraction` for a correction) and, for a step or an"
          + " amendment, what the case counts of that recording now (`effect`: IN_EFFECT,"
          + " AMENDED by a later amendment or RETRACTED, the latter two with the sequence of the"
          + " step's latest correction in `correctedBy`), as the case's effective steps say. At"
          + " most "
          + CaseHistory.TIMELINE_PAGE
          + " events a page; `next` is the `from` of the next page.";

  private TimelineDocs() {}
}
