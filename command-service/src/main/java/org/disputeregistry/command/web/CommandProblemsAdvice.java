package org.disputeregistry.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.disputeregistry.command.lifecycle.WrongOrganisation;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.IllegalTransition;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.web.ProblemCode;
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

  private static final Pattern COLLECTION = Pattern.compile("/api/[^/]+/?");

  @ExceptionHandler(RuleViolation.class)
  ProblemDetail ruleViolation(RuleViolation violation) {
    HttpStatus status =
        switch (violation.code().kind()) {
          case INVALID -> HttpStatus.BAD_REQUEST;
          case CONFLICT -> HttpStatus.CONFLICT;
          case PRECONDITION -> HttpStatus.PRECONDITION_FAILED;
        };
    String code = violation.code().name();
    ProblemDetail problem =
        violation.field() == null
            ? Problems.of(status, code, violation.getMessage())
            : Problems.ofField(status, code, violation.field(), violation.getMessage());
    if (violation instanceof IllegalTransition transition) {
      problem.setProperty("currentState", transition.currentState());
    }
    return problem;
  }

  @ExceptionHandler(WrongOrganisation.class)
  ProblemDetail wrongOrganisation(WrongOrganisation e) {
    return Problems.of(ProblemCode.WRONG_ORGANISATION, e.getMessage());
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ProblemDetail unknownCase(AggregateNotFoundException e) {
    return Problems.of(ProblemCode.CASE_NOT_FOUND, "No case " + e.getAggregateIdentifier());
  }

  /**
   * All case types share one event store, so an id used by a case of another type names no case of
   * this one: opening one under it is a conflict, anything else finds nothing.
   */
  @ExceptionHandler(IncompatibleAggregateException.class)
  ProblemDetail caseOfAnotherType(HttpServletRequest request) {
    if (COLLECTION.matcher(request.getRequestURI()).matches()) {
      return Problems.ofField(
          HttpStatus.CONFLICT,
          ErrorCode.CASE_ID_TAKEN.name(),
          "caseId",
          "The case id belongs to a case of another type");
    }
    return Problems.of(ProblemCode.CASE_NOT_FOUND, "The case id belongs to a case of another type");
  }

  /**
   * Two writers appended the same next event of a case at once (or opened the same case id at
   * once); this one lost.
   */
  @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
  ProblemDetail concurrentWrite(Exception e) {
    return Problems.of(
        ProblemCode.CONCURRENT_MODIFICATION,
        "The case was changed by someone else at the same moment; read it again and retry");
  }
}
