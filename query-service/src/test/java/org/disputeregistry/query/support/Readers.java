package org.disputeregistry.query.support;

import org.disputeregistry.testsupport.Tokens;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The client of the query-side tests: a district account that may read and administer it all. */
public final class Readers {

  private Readers() {}

  /** The service's client, sending a token with the analyst's, report's and admin's roles. */
  public static TestRestTemplate of(TestRestTemplate anonymous) {
    return Tokens.as(
        anonymous, Tokens.of("query.it", "DISTRICT", "ANALYST", "REPORT_GENERATOR", "ADMIN"));
  }
}
