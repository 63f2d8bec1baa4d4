package org.disputeregistry.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the annual report's statistics section from the query side's totals.
 *
 * <pre>
 * java -jar report-generator-exec.jar --year=2023 [--out=report] [--lang=zh|en|all]
 *      [--query-url=http://localhost:8082] [--token=ACCESS_TOKEN] [--figures=published|live]
 * </pre>
 *
 * The token (else the environment variable {@code REGISTRY_TOKEN}) is sent as a bearer token; a
 * refusal is a message and exit status 3, not a stack trace.
 */
public final class ReportCli {

  static final String TOKEN_VARIABLE = "REGISTRY_TOKEN";

  static final String USAGE =
      """
      Usage: java -jar report-generator-exec.jar --year=YYYY [--out=DIR] [--lang=zh|en|all]
                                                  [--query-url=URL] [--token=ACCESS_TOKEN]
                                                  [--figures=published|live]
        --year       the year of the report
        --out        where the files go (default report)
        --lang       zh, en or all (default all)
        --query-url  the query side (default $REGISTRY_QUERY_URL, else http://localhost:8082)
        --token      an access token with the role REPORT_GENERATOR (or ANALYST), e.g.
                     --token=$(./run.sh token report-generator); default $REGISTRY_TOKEN
        --figures    published (default: the year's latest published version, live figures
                     if none was published) or live (every case recorded until now)
      Exit status: 0 written, 1 failed, 2 wrong arguments, 3 refused by the query side.
      """;

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private ReportCli() {}

  /** What was asked for. */
  record Options(
      int year,
      Path out,
      List<Language> languages,
      String queryUrl,
      Optional<String> token,
      boolean live) {}

  public static void main(String[] args) {
    System.exit(run(Arrays.asList(args), System.getenv(), System.out, System.err));
  }

  static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = parse(args, env);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    try {
      AnnualTotals totals =
          new TotalsClient(options.queryUrl(), options.token())
              .fetch(options.year(), options.live());
      out.println(describe(totals));
      ReportRenderer renderer = new ReportRenderer();
      for (Language language : options.languages()) {
        RenderedReport report = renderer.render(totals, language);
        report.writeTo(options.out());
        out.println("Wrote " + options.out().resolve(report.baseName() + ".md") + " and .html");
      }
      return 0;
    } catch (TotalsClient.RefusedException e) {
      err.println("error: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  static Options parse(List<String> args, Map<String, String> env) {
    Integer year = null;
    Path out = Path.of("report");
    String lang = "all";
    String queryUrl = nonBlank(env.get("REGISTRY_QUERY_URL")).orElse("http://localhost:8082");
    Optional<String> token = nonBlank(env.get(TOKEN_VARIABLE));
    boolean live = false;
    for (String arg : args) {
      String value = arg.substring(arg.indexOf('=') + 1);
      if (arg.startsWith("--year=")) {
        if (!value.matches("\\d{4}")) {
          throw new IllegalArgumentException("--year is a year like 2023, not " + value);
        }
        year = Integer.valueOf(value);
      } else if (arg.startsWith("--out=")) {
        out = Path.of(value);
      } else if (arg.startsWith("--lang=")) {
        lang = value;
      } else if (arg.startsWith("--figures=")) {
        if (!value.equals("published") && !value.equals("live")) {
          throw new IllegalArgumentException("--figures is published or live, not " + value);
        }
        live = value.equals("live");
      } else if (arg.startsWith("--query-url=")) {
        queryUrl = value;
      } else if (arg.startsWith("--token=")) {
        token =
            Optional.of(
                nonBlank(value)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "--token is empty (did the command that prints it fail?)")));
      } else {
        throw new IllegalArgumentException("unknown argument " + arg.replaceFirst("=.*", "=..."));
      }
    }
    if (year == null) {
      throw new IllegalArgumentException("--year=YYYY is required");
    }
    List<Language> languages =
        lang.equals("all") ? List.of(Language.values()) : List.of(Language.of(lang));
    return new Options(year, out, languages, queryUrl, token.map(String::strip), live);
  }

  /** Which figures the report is made of, for the console. */
  static String describe(AnnualTotals totals) {
    AnnualTotals.Source source = totals.sourceOrLive();
    if (source.kind() == AnnualTotals.Source.Kind.PUBLISHED) {
      return "Figures: published version " + source.version() + " of " + totals.year();
    }
    return "Figures: live, as of "
        + totals.asOf()
        + (source.latestVersion() == null
            ? " (" + totals.year() + " has not been published)"
            : " (the latest published version is " + source.latestVersion() + ")");
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
