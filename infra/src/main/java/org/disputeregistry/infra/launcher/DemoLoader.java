package org.disputeregistry.infra.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.disputeregistry.demo.DemoYear;
import org.disputeregistry.demo.Scale;
import org.disputeregistry.infra.supervision.Elapsed;

/**
 * Loads the demo years (2021, 2022, then 2023, the report's year) through the command side's
 * back-fill, like any user's files, showing progress, then waits until the query side has projected
 * each. The projections, not this loader, produce every figure of the report. It signs in as the
 * {@code demo-loader} client (roles ADMIN for the back-fill, ANALYST for the statistics it polls),
 * so its events record that client as their actor.
 */
final class DemoLoader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PROJECTION_DEADLINE = Duration.ofMinutes(30);

  private final PrintStream out;
  private final DemoLoaderToken token;
  private final HttpClient http = HttpClient.newHttpClient();

  DemoLoader(PrintStream out, DemoLoaderToken token) {
    this.out = out;
    this.token = token;
  }

  /**
   * Loads the demo years on a thread of its own while the services serve, each once per data
   * directory and scale (a marker file per year remembers it, so a directory that holds 2023 from
   * an earlier release gets the earlier years on its next start); a failure is shown unless the
   * system is stopping.
   */
  static void inBackground(
      PrintStream out,
      String scale,
      IdentityOptions identity,
      Path dataDirectory,
      String commandUrl,
      String queryUrl,
      BooleanSupplier stopping) {
    List<Integer> missing =
        DemoYear.YEARS.stream()
            .filter(year -> !Files.exists(marker(dataDirectory, year, scale)))
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    Thread loader =
        new Thread(
            () -> {
              try {
                DemoLoader demo = new DemoLoader(out, DemoLoaderToken.of(identity, dataDirectory));
                Instant begin = Instant.now();
                for (int year : missing) {
                  if (!demo.load(year, scale, dataDirectory, commandUrl, queryUrl)) {
                    return;
                  }
                  Files.writeString(marker(dataDirectory, year, scale), "loaded\n");
                }
                out.printf(
                    "Demo years %s loaded and projected in %s. The report: %s/api/reports/annual/%d"
                        + " (?lang=en, ?format=md)%n",
                    missing, Elapsed.since(begin), queryUrl, DemoYear.REPORT_YEAR);
              } catch (IOException | RuntimeException e) {
                if (!stopping.getAsBoolean()) {
                  System.err.println("Demo year not loaded: " + SystemLauncher.describe(e));
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "demo-year");
    loader.setDaemon(true);
    loader.start();
  }

  private static Path marker(Path dataDirectory, int year, String scale) {
    return dataDirectory.resolve("demo-" + year + "-" + scale + ".loaded");
  }

  /** Returns true when the whole year was loaded without a rejected line. */
  boolean load(int year, String scaleName, Path dataDirectory, String commandUrl, String queryUrl)
      throws IOException, InterruptedException {
    Scale scale = DemoYear.scale(year, scaleName);
    Path file = dataDirectory.resolve("demo-" + year + "-" + scaleName + ".ndjson");
    out.printf("Demo year %d (%s): writing %s... ", year, scaleName, file.getFileName());
    long lines = DemoYear.write(year, scaleName, file);
    out.printf("%,d cases%n", lines);
    // A token is checked when a request arrives, so one that expires during a long upload does
    // no harm; current() never starts one with a token about to expire.
    String bearer = token.current();

    AtomicLong sent = new AtomicLong();
    Instant begin = Instant.now();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    ticker.scheduleAtFixedRate(
        () -> {
          out.printf(
              "\rLoading: %,d of %,d cases sent (%d%%), %s   ",
              sent.get(), lines, 100 * sent.get() / lines, Elapsed.since(begin));
          out.flush();
        },
        0,
        1,
        TimeUnit.SECONDS);
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(URI.create(commandUrl + "/api/backfills"))
                  .header("Content-Type", "application/x-ndjson")
                  .header("Authorization", "Bearer " + bearer)
                  .timeout(Duration.ofHours(2))
                  .POST(HttpRequest.BodyPublishers.ofInputStream(() -> counting(file, sent)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } finally {
      ticker.shutdownNow();
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new IOException(refused("back-fill", response));
    }
    JsonNode report = JSON.readTree(response.body());
    long rejected = report.path("rejected").asLong();
    long events = report.path("eventsAppended").asLong();
    out.printf(
        "%nDemo year %d loaded through the command side: %,d events in %s, %,d lines rejected%n",
        year, events, Elapsed.since(begin), rejected);
    if (response.statusCode() != 200 || rejected > 0) {
      out.println("The back-fill's answer: " + response.body());
      return false;
    }
    awaitProjected(queryUrl, year, scale.petitionsAccepted(), begin);
    return true;
  }

  /** Counts lines as the back-fill reads them: the upload moves at the speed of loading. */
  private static InputStream counting(Path file, AtomicLong lines) {
    try {
      InputStream in = Files.newInputStream(file);
      return new java.io.FilterInputStream(in) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          for (int i = off; i < off + n; i++) {
            if (b[i] == '\n') {
              lines.incrementAndGet();
            }
          }
          return n;
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls the query side until it has projected every accepted petition of the year. */
  void awaitProjected(String queryUrl, int year, long petitions, Instant begin)
      throws IOException, InterruptedException {
    URI uri = URI.create(queryUrl + "/api/statistics/petitions?year=" + year);
    Instant deadline = Instant.now().plus(PROJECTION_DEADLINE);
    long projected = 0;
    while (projected < petitions) {
      if (Instant.now().isAfter(deadline)) {
        throw new IOException(
            "The query side did not project the demo year in " + PROJECTION_DEADLINE);
      }
      TimeUnit.SECONDS.sleep(1);
      projected = JSON.readTree(statistics(uri)).path("figures").path("accepted").asLong();
      out.printf(
          "\rProjecting: %,d of %,d petitions counted, %s   ",
          projected, petitions, Elapsed.since(begin));
      out.flush();
    }
    out.printf("%nDemo year %d projected, %s%n", year, Elapsed.since(begin));
  }

  /**
   * The statistics' body; a token refused (expired, or signed by a key since rotated) is replaced
   * by a new one once, then a refusal is an error.
   */
  private String statistics(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> response = get(uri, token.current());
    if (response.statusCode() == 401) {
      response = get(uri, token.renewed());
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new IOException(refused("query side", response));
    }
    // Anything else (a query-service restarting) counts as nothing projected yet.
    return response.statusCode() == 200 ? response.body() : "{}";
  }

  private static String refused(String what, HttpResponse<String> response) {
    return "the %s refused the %s client (%d): %s"
        .formatted(what, DemoLoaderToken.CLIENT, response.statusCode(), response.body());
  }

  private HttpResponse<String> get(URI uri, String bearer)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + bearer).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
