package org.disputeregistry.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the annual report's statistics section from the query side's totals.
 *
 * <pre>
 * java -jar report-generator-exec.jar --year=2023 [--out=report] [--lang=zh|en|all]
 *      [--query-url=http://localhost:8082]
 * </pre>
 */
public final class ReportCli {

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private ReportCli() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Integer year = null;
    Path out = Path.of("report");
    String lang = "all";
    String queryUrl = System.getenv().getOrDefault("REGISTRY_QUERY_URL", "http://localhost:8082");
    for (String arg : args) {
      String value = arg.substring(arg.indexOf('=') + 1);
      if (arg.startsWith("--year=")) {
        year = Integer.valueOf(value);
      } else if (arg.startsWith("--out=")) {
        out = Path.of(value);
      } else if (arg.startsWith("--lang=")) {
        lang = value;
      } else if (arg.startsWith("--query-url=")) {
        queryUrl = value;
      } else {
        usage("Unknown argument " + arg);
      }
    }
    if (year == null) {
      usage("--year=YYYY is required");
    }
    List<Language> languages = new ArrayList<>();
    if (lang.equals("all")) {
      languages.addAll(List.of(Language.values()));
    } else {
      languages.add(Language.of(lang));
    }

    AnnualTotals totals = fetch(queryUrl, year);
    ReportRenderer renderer = new ReportRenderer();
    for (Language language : languages) {
      RenderedReport report = renderer.render(totals, language);
      report.writeTo(out);
      System.out.println("Wrote " + out.resolve(report.baseName() + ".md") + " and .html");
    }
  }

  static AnnualTotals fetch(String queryUrl, int year) throws IOException, InterruptedException {
    URI uri = URI.create(queryUrl + "/api/statistics/totals?year=" + year);
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException(uri + " answered " + response.statusCode());
    }
    return JSON.readValue(response.body(), AnnualTotals.class);
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(
        "Usage: --year=YYYY [--out=DIR] [--lang=zh|en|all] [--query-url=http://localhost:8082]");
    System.exit(2);
  }
}
