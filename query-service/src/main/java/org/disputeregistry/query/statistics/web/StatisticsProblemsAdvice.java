package org.disputeregistry.query.statistics.web;

import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.disputeregistry.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StatisticsProblemsAdvice {

  @ExceptionHandler(StatisticsRequestException.class)
  ProblemDetail badQuery(StatisticsRequestException e) {
    return Problems.ofField(HttpStatus.BAD_REQUEST, e.code(), e.parameter(), e.getMessage());
  }
}
