package org.disputeregistry.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How to run one service; every option has a default but the jar. */
public final class ServiceProcessBuilder {

  private final Path jar;
  private String name;
  private String heap = "256m";
  private final List<String> jvmOptions = new ArrayList<>();
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final List<String> arguments = new ArrayList<>();
  private Integer port;
  private Path log;
  private boolean appendLog;
  private String account = "admin.he";
  private boolean stopWithThisJvm;

  ServiceProcessBuilder(Path jar) {
    this.jar = jar;
    this.name = jar.getFileName().toString().replaceFirst("-\\d.*$", "");
  }

  /** Names the log file and the messages; the jar's module by default. */
  public ServiceProcessBuilder name(String name) {
    this.name = name;
    return this;
  }

  /** {@code -Xmx}, e.g. {@code "512m"} (the production budget); 256m by default. */
  public ServiceProcessBuilder heap(String heap) {
    this.heap = heap;
    return this;
  }

  /** The JIT's first tier only: starts faster; for tests that do not measure speed. */
  public ServiceProcessBuilder quickStart() {
    jvmOptions.add("-XX:TieredStopAtLevel=1");
    return this;
  }

  /** Options for the JVM, before {@code -jar} (GC log, JFR, ...). */
  public ServiceProcessBuilder jvmOptions(List<String> options) {
    jvmOptions.addAll(options);
    return this;
  }

  public ServiceProcessBuilder environment(Map<String, String> variables) {
    environment.putAll(variables);
    return this;
  }

  public ServiceProcessBuilder environment(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  /** Program arguments after the jar, e.g. {@code --registry.kafka.topic=...}. */
  public ServiceProcessBuilder arguments(String... arguments) {
    this.arguments.addAll(List.of(arguments));
    return this;
  }

  /** A fixed HTTP port; 0 lets the service pick one. A free port is chosen by default. */
  public ServiceProcessBuilder port(int port) {
    this.port = port;
    return this;
  }

  /** Where the process's output goes; {@code target/<name>.log} by default. */
  public ServiceProcessBuilder log(Path log) {
    this.log = log;
    return this;
  }

  /** Appends to the log instead of truncating it (a service restarted in the same test). */
  public ServiceProcessBuilder appendLog() {
    this.appendLog = true;
    return this;
  }

  /**
   * The demo account ({@link Tokens#ACCOUNTS}) whose token {@link ServiceProcess#get} and {@link
   * ServiceProcess#post} send; {@code admin.he} unless set.
   */
  public ServiceProcessBuilder account(String account) {
    this.account = account;
    return this;
  }

  /** Stops the process when this JVM ends, e.g. when an interrupted program is stopped. */
  public ServiceProcessBuilder stopWithThisJvm() {
    this.stopWithThisJvm = true;
    return this;
  }

  /** Starts the process; it is not yet serving ({@link ServiceProcess#awaitHealthy}). */
  public ServiceProcess start() {
    int chosenPort = port != null ? port : Ports.free();
    Path logFile = log != null ? log : Path.of("target", name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // Trusts this JVM's test issuer unless told otherwise.
    builder.environment().put("REGISTRY_OIDC_ISSUER_URI", TestIssuer.get().uri());
    builder.environment().putAll(environment);
    builder.environment().put("SERVER_PORT", String.valueOf(chosenPort));
    try {
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      builder.redirectOutput(
          appendLog
              ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
              : ProcessBuilder.Redirect.to(logFile.toFile()));
      Process process = builder.start();
      if (stopWithThisJvm) {
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
      }
      return new ServiceProcess(name, chosenPort, logFile, account, process);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + jar, e);
    }
  }
}
