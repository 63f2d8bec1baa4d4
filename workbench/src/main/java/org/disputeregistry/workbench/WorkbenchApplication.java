package org.disputeregistry.workbench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The workbench: the registry's web application for its staff. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkbenchApplication {

  public static void main(String[] args) {
    SpringApplication.run(WorkbenchApplication.class, args);
  }
}
