package org.disputeregistry.query;

import org.disputeregistry.web.RequestLimits;
import org.disputeregistry.web.RequestProblemsAdvice;
import org.disputeregistry.web.security.RegistrySecurity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The registry's read side: projections of the case-event topic and the statistics API. */
@SpringBootApplication
@Import({RequestProblemsAdvice.class, RequestLimits.class, RegistrySecurity.class})
public class QueryServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(QueryServiceApplication.class, args);
  }
}
