package org.disputeregistry.query.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import org.disputeregistry.query.statistics.QueryTimeoutException;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.disputeregistry.web.ProblemCode;
import org.disputeregistry.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StatisticsProblemsAdvice {

  private static final Logger log = LoggerFactory.getLogger(StatisticsProblemsAdvice.class);
  private static final String RETRY_AFTER_SECONDS = "30";

  /**
   * 503 with Retry-After: every query the API takes is one it means to answer, so a cancelled one
   * is the server's (a busy database, a long period on the case table), not a malformed request.
   * Logged without the query string: filter values are the caller's.
   */
  @ExceptionHandler(QueryTimeoutException.class)
  ResponseEntity<ProblemDetail> timedOut(QueryTimeoutException e, HttpServletRequest request) {
    log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    return ResponseEntity.status(ProblemCode.QUERY_TIMEOUT.status())
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .body(
            Problems.of(
                ProblemCode.QUERY_TIMEOUT,
                e.getMessage() + "; try again later, or ask for a shorter period or fewer rows"));
  }

  @ExceptionHandler(StatisticsRequestException.class)
  ProblemDetail badQuery(StatisticsRequestException e) {
    return Problems.ofField(HttpStatus.BAD_REQUEST, e.code(), e.parameter(), e.getMessage());
  }
}
