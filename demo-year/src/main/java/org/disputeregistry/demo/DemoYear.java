package org.disputeregistry.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.disputeregistry.events.ReferenceData;

/**
 * Writes a demo year (2021, 2022 or 2023) as a back-fill file (NDJSON, one whole case per line):
 * each year has its own seed, and the same seed gives the same file, byte for byte. Loaded through
 * the command side, the projections of 2023 give the figures of Guangming District's 2023 report:
 * 69 of 135 reconsideration cases closed by mediation (51.11%), 1,130,000 person-times served,
 * petitions resolved at 99.60%, three commercial mediation centres. 2021 and 2022 are illustrative
 * earlier years (smaller, with lower rates) that the 2023 report compares with; each follows its
 * own year's statutory calendar and the law in force on each case's dates.
 *
 * <pre>java -cp ... org.disputeregistry.demo.DemoYear --out=demo-2023.ndjson [--year=2023]
 *   [--scale=full|test]
 * </pre>
 */
public final class DemoYear {

  /** The demo years, earliest first: the order they are loaded in. */
  public static final List<Integer> YEARS = YearPlan.ALL.stream().map(YearPlan::year).toList();

  /** The year the seed report gives the figures of, and the demo's last year. */
  public static final int REPORT_YEAR = 2023;

  private DemoYear() {}

  /** Writes every case of 2023; returns the number of lines. */
  public static long write(Scale scale, Writer out) {
    return write(YearPlan.Y2023, scale, out);
  }

  /** The scale called {@code name} (full or test) of {@code year}. */
  public static Scale scale(int year, String name) {
    return YearPlan.of(year).scale(name);
  }

  /** Writes every case of {@code year} at the scale called {@code name}; returns the lines. */
  public static long write(int year, String scale, Path file) throws IOException {
    YearPlan plan = YearPlan.of(year);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return write(plan, plan.scale(scale), out);
    }
  }

  public static long write(Scale scale, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return write(scale, out);
    }
  }

  static long write(YearPlan plan, Scale scale, Writer out) {
    long[] lines = {0};
    Consumer<String> line =
        json -> {
          try {
            out.write(json);
            out.write('\n');
            lines[0]++;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    Random random = new Random(plan.seed());
    DemoCalendar calendar = new DemoCalendar(plan.year());
    Places places = new Places(ReferenceData.defaults());
    new ReconsiderationYear(plan, random, calendar, places).write(line);
    new MediationYear(plan, random, calendar, places).write(line);
    new ServiceContactYear(random, calendar, places, scale).write(line);
    new PetitionYear(plan, random, calendar, places, scale).write(line);
    return lines[0];
  }

  /**
   * A case's id, derived from its path in the year's file. 2023's ids are those of the first demo
   * year (no year in the name), kept so that a data directory loaded before stays as it is.
   */
  static UUID caseId(YearPlan plan, String path) {
    String prefix = plan.year() == REPORT_YEAR ? "demo/" : "demo/" + plan.year() + "/";
    return UUID.nameUUIDFromBytes((prefix + path).getBytes(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of("demo-2023.ndjson");
    String scale = "full";
    int year = REPORT_YEAR;
    for (String arg : args) {
      if (arg.startsWith("--out=")) {
        out = Path.of(arg.substring("--out=".length()));
      } else if (arg.startsWith("--scale=")) {
        scale = arg.substring("--scale=".length());
      } else if (arg.startsWith("--year=")) {
        year = Integer.parseInt(arg.substring("--year=".length()));
      } else {
        System.err.println("Usage: --out=FILE [--year=2021|2022|2023] [--scale=full|test]");
        System.exit(2);
      }
    }
    long lines = write(year, scale, out);
    System.out.printf("Wrote %,d cases of %d to %s%n", lines, year, out);
  }
}
