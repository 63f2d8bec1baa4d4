package org.disputeregistry.command.backfill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disputeregistry.command.lifecycle.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar command-service-exec.jar --registry.backfill.file=cases-2023.ndjson
 * --spring.main.web-application-type=none}: loads the file, shows progress on stderr, prints a
 * summary and the rejected lines with their reasons, writes the rejected lines to {@code
 * <file>.rejected.ndjson} (fix them and load that file), and exits: 0 if every line was loaded, 2
 * if some were rejected.
 */
@Component
@ConditionalOnProperty("registry.backfill.file")
class BackfillCommandLine implements ApplicationRunner {

  private static final int SHOWN_REJECTIONS = 50;

  private final Backfill backfill;
  private final ConfigurableApplicationContext context;
  private final Path file;
  private final Caller caller;

  BackfillCommandLine(
      Backfill backfill,
      ConfigurableApplicationContext context,
      @Value("${registry.backfill.file}") Path file,
      @Value("${registry.backfill.actor:backfill}") String actor,
      @Value("${registry.backfill.organisation:DISTRICT}") String organisation) {
    this.backfill = backfill;
    this.context = context;
    this.file = file;
    this.caller = Caller.of(actor, organisation);
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    PrintStream out = System.err;
    Path rejectsFile = file.resolveSibling(file.getFileName() + ".rejected.ndjson");
    BackfillReport report;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Writer rejects = Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8)) {
      out.println(
          "Back-fill of " + file + " as " + caller.actor() + " for " + caller.organisation());
      report = backfill.run(in, caller, new ConsoleProgress(out, rejects));
    } catch (BoundedLines.InputTooLarge e) {
      out.println();
      out.println(e.code() + ": " + e.getMessage());
      out.println("Loaded before it: " + e.loaded().summary());
      System.exit(SpringApplication.exit(context, () -> 2));
      return;
    }
    out.println();
    out.println(report.summary());
    report.rejectedByCode().forEach((code, n) -> out.printf("  %,8d  %s%n", n, code));
    report.rejections().stream()
        .limit(SHOWN_REJECTIONS)
        .forEach(rejection -> out.println("  " + rejection.describe()));
    if (report.rejected() > SHOWN_REJECTIONS) {
      out.printf("  ... %,d more%n", report.rejected() - SHOWN_REJECTIONS);
    }
    if (report.rejected() > 0) {
      out.println("Rejected lines, as they were: " + rejectsFile);
    } else {
      Files.deleteIfExists(rejectsFile);
    }
    int status = report.rejected() == 0 ? 0 : 2;
    System.exit(SpringApplication.exit(context, () -> status));
  }

  /** One line that rewrites itself about once a second. */
  private record ConsoleProgress(PrintStream out, Writer rejects) implements Progress.Listener {

    @Override
    public void update(Progress progress) {
      out.printf(
          "\r%,d lines, %,d events, %,d rejected, %.0f s, %,.0f events/s   ",
          progress.lines(),
          progress.events(),
          progress.rejected(),
          Math.max(progress.elapsed().toMillis(), 1) / 1000.0,
          progress.eventsPerSecond());
    }

    @Override
    public void rejected(Rejection rejection, String line) {
      synchronized (rejects) {
        try {
          rejects.write(line);
          rejects.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot write the rejected lines", e);
        }
      }
    }
  }
}
