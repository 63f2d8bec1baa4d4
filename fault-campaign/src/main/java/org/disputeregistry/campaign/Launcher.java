package org.disputeregistry.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The launcher process, started as an operator (or a unit file) would: on a fixed data directory
 * and fixed ports, its output appended to one log. Remembers every process it has seen under any
 * launcher, so that the campaign leaves nothing running whatever state the system ends in.
 */
final class Launcher {

  private static final Pattern KAFKA_BANNER = Pattern.compile("^ Kafka\\s+(\\S+)\\s*$");
  private static final String RUNNING_BANNER = " Dispute registry is running";

  private final CampaignSettings settings;
  private final Ports ports;
  private final Path log;
  private final Set<ProcessHandle> seen = new LinkedHashSet<>();
  private Process process;
  private long logLengthAtStart;

  Launcher(CampaignSettings settings, Ports ports) {
    this.settings = settings;
    this.ports = ports;
    this.log = settings.output().resolve("launcher.log");
  }

  synchronized void start() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(settings.launcherJar().toString());
    command.add("--command-jar=" + settings.commandJar());
    command.add("--query-jar=" + settings.queryJar());
    command.add("--auth-jar=" + settings.authJar());
    command.add("--data-dir=" + settings.dataDirectory());
    command.add("--demo=none");
    command.addAll(settings.launcherArgs());
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("REGISTRY_COMMAND_PORT", String.valueOf(ports.command()));
    env.put("REGISTRY_QUERY_PORT", String.valueOf(ports.query()));
    env.put("REGISTRY_POSTGRES_PORT", String.valueOf(ports.postgres()));
    env.put("REGISTRY_KAFKA_PORT", String.valueOf(ports.kafka()));
    env.put("REGISTRY_AUTH_PORT", String.valueOf(ports.auth()));
    // The embedded authorization server, whatever provider this shell's environment names.
    env.remove("REGISTRY_OIDC_ISSUER_URI");
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      Files.writeString(
          log,
          "\n=== campaign: launcher started at " + Instant.now() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      logLengthAtStart = Files.size(log);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the launcher", e);
    }
    seen.add(process.toHandle());
  }

  synchronized ProcessHandle handle() {
    return process.toHandle();
  }

  synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** Notes the system's current processes, to be stopped at the end if still alive. */
  synchronized void remember(SystemParts parts) {
    if (process != null) {
      parts.all(process.toHandle()).forEach(seen::add);
    }
  }

  /** Whether the launcher started last has printed its banner: everything it started is up. */
  synchronized boolean upSinceLastStart() {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.length() > logLengthAtStart
          && text.substring((int) Math.min(logLengthAtStart, text.length()))
              .contains(RUNNING_BANNER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kafka's bootstrap servers as the launcher's banner last printed them. */
  String kafkaBootstrap() {
    String bootstrap = "localhost:" + ports.kafka();
    try {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        Matcher matcher = KAFKA_BANNER.matcher(line);
        if (matcher.matches()) {
          bootstrap = matcher.group(1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bootstrap;
  }

  /** SIGTERM to the launcher (its orderly shutdown), then SIGKILL to whatever is left. */
  synchronized void stopEverything(SystemParts parts, Duration grace) {
    remember(parts);
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    killSeen();
  }

  /** SIGKILL to every process ever seen under a launcher that is still alive. */
  synchronized void killSeen() {
    for (ProcessHandle handle : seen) {
      if (handle.isAlive()) {
        handle.destroyForcibly();
        handle.onExit().completeOnTimeout(handle, 10, TimeUnit.SECONDS).join();
      }
    }
  }
}
