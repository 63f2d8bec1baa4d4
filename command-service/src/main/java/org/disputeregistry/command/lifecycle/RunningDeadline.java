package org.disputeregistry.command.lifecycle;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.disputeregistry.statutory.law.StatutoryPeriod;

/**
 * A time limit running for a case, as its view lists it: what the case waits for, the view's field
 * that carries the due date, the due date, and the article the period comes from (under the law of
 * the case's receipt date).
 */
public record RunningDeadline(
    @Schema(example = "DECISION") String kind,
    @Schema(example = "decisionDueOn") String field,
    LocalDate dueOn,
    @Schema(example = "行政复议法 (2023) Art. 62") String article) {

  /** The limit of a statutory period, named by its article; none without a due date. */
  public static RunningDeadline of(
      String kind, String field, LocalDate dueOn, StatutoryPeriod period) {
    return dueOn == null ? null : new RunningDeadline(kind, field, dueOn, period.source());
  }
}
