package org.disputeregistry.query;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QueryServiceConfiguration {

  /**
   * "Today" (a default as-of date) and timestamps, in the district's zone, as on the command side.
   */
  @Bean
  Clock clock(@Value("${registry.time-zone}") ZoneId zone) {
    return Clock.system(zone);
  }
}
