package org.disputeregistry.campaign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the system once through the launcher, then runs faults one after another: under load from
 * several clients, SIGKILL one part at a random moment, measure how long until writes are answered
 * again and the read side has caught up, then check every acknowledged step end to end.
 */
public final class FaultCampaign {

  private static final Logger log = LoggerFactory.getLogger(FaultCampaign.class);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
  private static final Duration DRAIN = Duration.ofSeconds(20);

  /** How long an operator's unit file waits before starting a killed launcher again. */
  private static final Duration LAUNCHER_RESTART_DELAY = Duration.ofSeconds(1);

  private final CampaignSettings settings;
  private final Ports ports;
  private final Launcher launcher;
  private final SystemParts parts;
  private final Random random;
  private final AccessTokens tokens;
  private final Ledger ledger = new Ledger();
  private Findings counted = Findings.none();
  private long republishedSoFar;

  private FaultCampaign(CampaignSettings settings) {
    this.settings = settings;
    this.ports = Ports.pickFree(settings.dataDirectory());
    this.launcher = new Launcher(settings, ports);
    this.tokens =
        new AccessTokens(
            new TokenCommandRunner(settings.authJar(), ports.authDirectory(), ports.issuer())
                ::token);
    this.parts =
        new SystemParts(settings.commandJar(), settings.queryJar(), settings.dataDirectory());
    this.random = new Random(settings.seed());
  }

  public static void main(String[] args) throws Exception {
    CampaignSettings settings = CampaignSettings.fromSystemProperties();
    FaultCampaign campaign = new FaultCampaign(settings);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> campaign.launcher.stopEverything(campaign.parts, Duration.ofSeconds(30)),
                "cleanup"));
    campaign.run();
  }

  private void run() throws IOException, InterruptedException {
    deleteRecursively(settings.dataDirectory());
    Files.createDirectories(settings.output());
    Files.deleteIfExists(settings.output().resolve("launcher.log"));
    Instant begin = Instant.now();
    log.info("Starting the system on {} ({})", settings.dataDirectory(), ports);
    launcher.start();
    if (!awaitUp(Instant.now().plus(START_TIMEOUT))) {
      throw new IllegalStateException("The system did not start; see " + settings.output());
    }
    launcher.remember(parts);
    tokens.start();
    List<FaultKind> kinds = availableKinds();
    List<RunResult> results = new ArrayList<>();
    for (int run = 1; run <= settings.runs(); run++) {
      RunResult result = faultRun(run, kinds.get((run - 1) % kinds.size()));
      results.add(result);
      log.info(result.line());
      writeReport(results, begin, kinds);
    }
    tokens.close();
    launcher.stopEverything(parts, Duration.ofSeconds(60));
    writeReport(results, begin, kinds);
    System.out.println(Files.readString(settings.output().resolve("report.md")));
  }

  /** Every kind that the running system has a process for; the order is shuffled by the seed. */
  private List<FaultKind> availableKinds() {
    List<FaultKind> kinds = new ArrayList<>();
    for (FaultKind kind : FaultKind.values()) {
      if (parts.find(kind, launcher.handle()).isEmpty()) {
        log.warn("No {} process under the launcher: that fault is not run", kind.label());
      } else {
        kinds.add(kind);
      }
    }
    Collections.shuffle(kinds, random);
    return kinds;
  }

  private RunResult faultRun(int run, FaultKind kind) throws InterruptedException {
    List<String> notes = new ArrayList<>();
    Load load = new Load(ports, tokens, ledger, run);
    int unknownBefore = ledger.unknownCount();
    load.start(settings.clients());
    Thread.sleep(1000 + random.nextInt(4000));

    List<ProcessHandle> targets = parts.find(kind, launcher.handle());
    launcher.remember(parts);
    Instant kill = Instant.now();
    Instant outageFrom = kill;
    if (targets.isEmpty()) {
      notes.add("no " + kind.label() + " process found");
    } else {
      ProcessHandle victim = targets.get(random.nextInt(targets.size()));
      victim.destroyForcibly();
      victim.onExit().join();
      outageFrom = Instant.now(); // requests answered while it was dying do not count
      if (kind == FaultKind.LAUNCHER) {
        Thread.sleep(LAUNCHER_RESTART_DELAY.toMillis());
        launcher.start();
        // Its predecessor's services may answer until the new launcher replaces them: writes
        // count as back once the new launcher says that everything is up.
        outageFrom = awaitBanner(kill.plus(settings.recoveryTimeout())).orElse(Instant.MAX);
      }
    }

    Instant recoveryDeadline = kill.plus(settings.recoveryTimeout());
    Instant outageEnd = outageFrom;
    Optional<Instant> writesBack =
        Poll.until(
            recoveryDeadline,
            launcher::isAlive,
            () -> ledger.firstAcknowledgedSentAfter(outageEnd));
    if (writesBack.isPresent()) {
      Thread.sleep(1000 + random.nextInt(2000)); // load goes on for a while after recovery
    }
    load.stop(DRAIN);
    if (!launcher.isAlive()) {
      notes.add("the launcher exited");
    }

    // Stuck means not there once the recovery timeout has passed, and at least the stuck timeout
    // after the last write.
    Instant caughtUpDeadline = max(recoveryDeadline, Instant.now().plus(settings.stuckTimeout()));
    Optional<Instant> caughtUp =
        launcher.isAlive() ? awaitCaughtUp(caughtUpDeadline) : Optional.empty();
    boolean recovered = writesBack.isPresent() && caughtUp.isPresent() && launcher.isAlive();
    if (!recovered) {
      restartByHand(run);
      notes.add("restarted by hand");
      awaitCaughtUp(Instant.now().plus(settings.stuckTimeout()));
    }

    Findings found = check(notes);
    Findings fresh = found.without(counted);
    counted = counted.plus(found);
    RunResult result =
        new RunResult(
            run,
            kind,
            ledger.acknowledgedIn(run),
            ledger.unknownCount() - unknownBefore,
            fresh,
            writesBack.map(at -> Duration.between(kill, at)),
            caughtUp.map(at -> Duration.between(kill, at)),
            String.join("; ", notes));
    launcher.remember(parts);
    return result;
  }

  private Optional<Instant> awaitBanner(Instant deadline) throws InterruptedException {
    return Poll.until(
        deadline,
        launcher::isAlive,
        () -> launcher.upSinceLastStart() ? Optional.of(Instant.now()) : Optional.empty());
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** When the read side showed what the store holds, if before the deadline. */
  private Optional<Instant> awaitCaughtUp(Instant deadline) throws InterruptedException {
    return Poll.until(deadline, () -> true, this::caughtUpNow);
  }

  private Optional<Instant> caughtUpNow() {
    try {
      EventStore store = EventStore.readTotals(ports);
      Optional<ReadSide> read = ReadSide.read(ports, tokens);
      if (read.isPresent() && Findings.caughtUp(store, read.get())) {
        return Optional.of(Instant.now());
      }
    } catch (SQLException e) {
      // Not back yet.
    }
    return Optional.empty();
  }

  /** The end-to-end check over every step acknowledged so far. */
  private Findings check(List<String> notes) {
    EventStore store;
    try {
      store = EventStore.read(ports);
    } catch (SQLException e) {
      notes.add("event store unreadable: " + e.getMessage());
      return Findings.none();
    }
    Optional<ReadSide> read = Optional.empty();
    try {
      read = ReadSide.read(ports, tokens);
    } catch (SQLException e) {
      notes.add("read models unreadable: " + e.getMessage());
    }
    if (read.isEmpty()) {
      notes.add("query-service statistics not answered");
    } else if (read.get().deadLetters() > 0) {
      notes.add(read.get().deadLetters() + " dead letters");
    }
    Optional<Map<String, Integer>> topic = Optional.empty();
    try {
      topic =
          Optional.of(Topic.countByEventId(launcher.kafkaBootstrap(), settings.dataDirectory()));
      long republished = topic.get().values().stream().mapToLong(n -> n - 1).sum();
      if (republished > republishedSoFar) {
        notes.add(
            (republished - republishedSoFar)
                + " events published again (the projection skips repeats)");
      }
      republishedSoFar = republished;
    } catch (IOException | RuntimeException e) {
      notes.add("topic unreadable: " + e.getMessage());
    }
    return Findings.compare(ledger.acknowledged(), store, read, topic);
  }

  /** What an operator would do when the system did not come back: stop everything, start again. */
  private void restartByHand(int run) throws InterruptedException {
    log.warn("Run {} did not recover; stopping everything and starting the launcher", run);
    launcher.stopEverything(parts, Duration.ofSeconds(30));
    launcher.start();
    if (!awaitUp(Instant.now().plus(START_TIMEOUT))) {
      throw new IllegalStateException("The system did not start again; see " + settings.output());
    }
  }

  private boolean awaitUp(Instant deadline) throws InterruptedException {
    return Poll.until(
            deadline,
            () -> true,
            () ->
                Http.isUp(ports.commandUrl()) && Http.isUp(ports.queryUrl())
                    ? Optional.of(true)
                    : Optional.<Boolean>empty())
        .isPresent();
  }

  private void writeReport(List<RunResult> results, Instant begin, List<FaultKind> kinds)
      throws IOException {
    String header =
        String.format(
            "Fault campaign: %d runs, seed %d, %d clients, launcher arguments %s, kinds %s;"
                + " %.1f min; refused requests: %d",
            results.size(),
            settings.seed(),
            settings.clients(),
            settings.launcherArgs(),
            kinds.stream().map(FaultKind::label).toList(),
            Duration.between(begin, Instant.now()).toSeconds() / 60.0,
            ledger.refusals().size());
    Files.writeString(
        settings.output().resolve("report.md"),
        Report.markdown(results, header),
        StandardCharsets.UTF_8);
    Files.write(settings.output().resolve("refusals.txt"), ledger.refusals());
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
