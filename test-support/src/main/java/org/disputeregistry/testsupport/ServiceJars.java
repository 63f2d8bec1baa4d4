package org.disputeregistry.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the service jars a test runs are: named by the build, or found in a module's target. */
public final class ServiceJars {

  private ServiceJars() {}

  /** The jar a system property names (the build sets {@code command.jar}, {@code query.jar}). */
  public static Path fromProperty(String property) {
    String jar = System.getProperty(property);
    if (jar == null) {
      throw new IllegalStateException("No -D" + property + ": run through Maven (mvn verify)");
    }
    return Path.of(jar);
  }

  /** A module's {@code <module>-<version>-exec.jar} in {@code directory} (e.g. its target). */
  public static Path inDirectory(Path directory, String module) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().matches(module + "-.*-exec\\.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "No "
                          + module
                          + " exec jar in "
                          + directory
                          + ": run through Maven (mvn verify), after package"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
