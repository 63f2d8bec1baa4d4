package org.disputeregistry.command.backfill;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.web.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why the commands of a line were refused, with the codes the API answers for the same failure: a
 * broken rule, a case id of another type, a writer that changed the case at the same moment. Any
 * other failure is a fault of ours: logged, and reported as {@code INTERNAL_ERROR}.
 */
final class Refusals {

  private static final Logger log = LoggerFactory.getLogger(Refusals.class);

  private Refusals() {}

  /** Whether the failure is one the command bus answers as a refusal, not as an internal error. */
  static boolean isRefusal(Throwable failure) {
    return failure instanceof InMemoryCases.StoredCase
        || failure instanceof RuleViolation
        || failure instanceof ConcurrencyException
        || failure instanceof AggregateStreamCreationException;
  }

  /**
   * The line's rejection, {@code at} the command that failed ({@code open}, {@code steps[i] ...}).
   */
  static Rejection of(CaseLine line, String at, Throwable failure) {
    long number = line.number();
    String caseId = line.caseId();
    if (failure instanceof RuleViolation violation) {
      return new Rejection(
          number, caseId, at, violation.code().name(), violation.field(), violation.getMessage());
    }
    if (failure instanceof IncompatibleAggregateException) {
      return new Rejection(
          number,
          caseId,
          at,
          ErrorCode.CASE_ID_TAKEN.name(),
          "caseId",
          "The case id belongs to a case of another type");
    }
    if (failure instanceof ConcurrencyException
        || failure instanceof AggregateStreamCreationException) {
      return new Rejection(
          number,
          caseId,
          at,
          ProblemCode.CONCURRENT_MODIFICATION.name(),
          null,
          "Another writer changed this case at the same moment; run the line again");
    }
    log.error("Back-fill line {} failed unexpectedly", number, failure);
    return new Rejection(
        number,
        caseId,
        at,
        ProblemCode.INTERNAL_ERROR.name(),
        null,
        "Unexpected failure: " + failure);
  }
}
