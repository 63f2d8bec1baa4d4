package org.disputeregistry.command;

import org.disputeregistry.web.RequestLimits;
import org.disputeregistry.web.RequestProblemsAdvice;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** The registry's write side: case workers log every step of every case here. */
@SpringBootApplication
@Import({RequestProblemsAdvice.class, RequestLimits.class})
@ConfigurationPropertiesScan
public class CommandServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(CommandServiceApplication.class, args);
  }
}
