package org.disputeregistry.infra.launcher;

import java.nio.file.Path;

/**
 * Points logback at the launcher's own configuration before the first logger is created.
 *
 * <p>The file is deliberately not called logback.xml: this jar is also on the test classpath of the
 * services (through test-support), where a logback.xml would replace Spring Boot's logging setup.
 */
final class LauncherLogging {

  static final String CONFIGURATION = "org/disputeregistry/infra/launcher-logback.xml";

  private LauncherLogging() {}

  /** Diagnostics go to {@code logDirectory/launcher.log}; the console shows errors only. */
  static void configure(Path logDirectory) {
    System.setProperty("registry.launcher.log-dir", logDirectory.toString());
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", CONFIGURATION);
    }
  }
}
