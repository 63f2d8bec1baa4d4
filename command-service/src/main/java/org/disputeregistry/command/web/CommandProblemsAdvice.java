package org.disputeregistry.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the domain's refusals to problem details; runs before the generic request advice. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblemsAdvice {

  @ExceptionHandler(RuleViolation.class)
  ProblemDetail ruleViolation(RuleViolation violation) {
    HttpStatus status =
        violation.code().kind() == ErrorCode.Kind.CONFLICT
            ? HttpStatus.CONFLICT
            : HttpStatus.BAD_REQUEST;
    String code = violation.code().name();
    return violation.field() == null
        ? Problems.of(status, code, violation.getMessage())
        : Problems.ofField(status, code, violation.field(), violation.getMessage());
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ProblemDetail unknownCase(AggregateNotFoundException e) {
    return Problems.of(
        HttpStatus.NOT_FOUND, "CASE_NOT_FOUND", "No case " + e.getAggregateIdentifier());
  }

  /** Two writers appended the same next event of a case at once; this one lost. */
  @ExceptionHandler(ConcurrencyException.class)
  ProblemDetail concurrentWrite(ConcurrencyException e) {
    return Problems.of(
        HttpStatus.CONFLICT,
        "CONCURRENT_MODIFICATION",
        "The case was changed by someone else at the same moment; read it again and retry");
  }
}
