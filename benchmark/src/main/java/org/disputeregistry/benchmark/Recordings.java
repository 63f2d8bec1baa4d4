package org.disputeregistry.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disputeregistry.testsupport.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JFR recordings of the services, one file per service and phase in {@code <output>/jfr}: what
 * limits a figure is read from them, not guessed.
 */
final class Recordings {

  private static final Logger log = LoggerFactory.getLogger(Recordings.class);

  private final Path directory;

  Recordings(Path output) {
    this.directory = output.resolve("jfr");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JVM options that record the whole life of a process into {@code jfr/<name>.jfr}. */
  List<String> fromStart(String name) {
    Path file = directory.resolve(name + ".jfr");
    return List.of("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file);
  }

  /**
   * Starts and drops a recording on a service just started. The first recording a JVM starts throws
   * away its compiled code: the samples of a phase recorded on a warm service that had never
   * recorded were 58–97% interpreted (5 December), the profile of a cold service and not of the
   * figures. Done before the warm-up, that happens while the service is cold anyway.
   */
  void prime(ServiceProcess service) {
    jcmd(service, "JFR.start", "name=prime", "settings=profile");
    jcmd(service, "JFR.stop", "name=prime");
  }

  /** Starts a recording named after the phase (only the phase's samples end up in it). */
  void start(ServiceProcess service, String phase) {
    jcmd(service, "JFR.start", "name=" + phase, "settings=profile");
  }

  /** Stops the phase's recording into {@code jfr/<service>-<phase>.jfr}. */
  void stop(ServiceProcess service, String phase) {
    Path file = directory.resolve(service.name() + "-" + phase + ".jfr");
    jcmd(service, "JFR.stop", "name=" + phase, "filename=" + file);
  }

  private static void jcmd(ServiceProcess service, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    command.add(String.valueOf(service.pid()));
    command.addAll(List.of(arguments));
    try {
      Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
      String said = new String(jcmd.getInputStream().readAllBytes());
      if (jcmd.waitFor() != 0) {
        log.warn("jcmd {} failed: {}", String.join(" ", arguments), said);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
