package org.disputeregistry.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disputeregistry.report.YearOnYear.Change;
import org.disputeregistry.report.YearOnYear.OpenCases;

/**
 * The report's year-on-year sentences (同比) and records (创历年新高), and its ageing table of open cases,
 * from the totals' {@link YearOnYear}. A percent change is said only where it means something: not
 * from a year with none; a rate's change is said in percentage points.
 */
final class YearOnYearContext {

  private record Item(String path, String zh, String en) {}

  private static final Map<String, List<Item>> SENTENCES =
      Map.of(
          "RECONSIDERATION",
          List.of(
              new Item("received", "收到行政复议申请", "applications received"),
              new Item("closed", "审结", "cases closed"),
              new Item("mediationRate", "调解率", "the mediation rate")),
          "COMMERCIAL_MEDIATION",
          List.of(
              new Item("accepted", "受理商事纠纷", "disputes accepted"),
              new Item("succeeded", "调解成功", "agreements reached"),
              new Item("successRate", "调解成功率", "the success rate")),
          "PETITION",
          List.of(
              new Item("accepted", "受理信访事项", "petitions accepted"),
              new Item("personTimesServed", "服务群众人次", "person-times served"),
              new Item("resolutionRate", "化解率", "the resolution rate")));

  private static final Map<String, String[]> CASE_TYPES =
      Map.of(
          "RECONSIDERATION", new String[] {"行政复议", "Administrative reconsideration"},
          "COMMERCIAL_MEDIATION", new String[] {"商事调解", "Commercial mediation"},
          "PETITION", new String[] {"信访事项", "Petitions"});

  private final YearOnYear yoy;
  private final int year;
  private final Language lang;

  private YearOnYearContext(YearOnYear yoy, int year, Language lang) {
    this.yoy = yoy;
    this.year = year;
    this.lang = lang;
  }

  static Map<String, Object> of(AnnualTotals totals, Language lang) {
    return new YearOnYearContext(totals.yearOnYear(), totals.year(), lang).build();
  }

  private Map<String, Object> build() {
    Map<String, Object> m = new LinkedHashMap<>();
    boolean compared = yoy != null && yoy.firstYearOnFile() != null && yoy.firstYearOnFile() < year;
    m.put(
        "mediationRateRecord", compared ? record(change("RECONSIDERATION", "mediationRate")) : "");
    for (String type : SENTENCES.keySet()) {
      m.put(type, compared ? sentence(type) : "");
    }
    m.put("ageing", ageing());
    return m;
  }

  /** ",创历年新高" after a figure that beats every earlier year on file, else nothing. */
  private String record(Change change) {
    if (change == null || change.record() == null) {
      return "";
    }
    return change.record().equals("HIGHEST")
        ? lang.label(",创历年新高", ", the highest on record")
        : lang.label(",为历年最低", ", the lowest on record");
  }

  private String sentence(String type) {
    List<String> parts = new ArrayList<>();
    for (Item item : SENTENCES.get(type)) {
      Change change = change(type, item.path());
      String part = change == null ? null : part(item, change);
      if (part != null) {
        // A record is said of a rate (创历年新高), where it is an achievement, not of a volume.
        parts.add(change.kind().equals("RATE") ? part + record(change) : part);
      }
    }
    if (parts.isEmpty()) {
      return "";
    }
    int before = yoy.previousFrom().getYear();
    return lang.label(
        "与" + before + "年相比," + String.join(",", parts) + "。",
        "Compared with " + before + ": " + String.join("; ", parts) + ".");
  }

  private String part(Item item, Change change) {
    String name = lang.label(item.zh(), item.en());
    if (change.kind().equals("RATE")) {
      BigDecimal points = change.change();
      if (points == null) {
        return null;
      }
      return switch (points.signum()) {
        case 0 -> lang.label(name + "与上年持平", name + " unchanged");
        case 1 ->
            lang.label(
                name + "提高" + plain(points) + "个百分点",
                name + " up " + plain(points) + " percentage points");
        default ->
            lang.label(
                name + "下降" + plain(points.negate()) + "个百分点",
                name + " down " + plain(points.negate()) + " percentage points");
      };
    }
    if (change.change() == null) {
      return null;
    }
    BigDecimal percent = change.percentChange();
    if (percent == null) {
      // The year before had none: a ratio to nothing means nothing.
      return lang.label(name + "上年为0", name + ": none the year before");
    }
    return switch (percent.signum()) {
      case 0 -> lang.label(name + "与上年持平", name + " unchanged");
      case 1 ->
          lang.label(name + "同比增长" + plain(percent) + "%", name + " up " + plain(percent) + "%");
      default ->
          lang.label(
              name + "同比下降" + plain(percent.negate()) + "%",
              name + " down " + plain(percent.negate()) + "%");
    };
  }

  private Change change(String type, String path) {
    return yoy == null ? null : yoy.figures().getOrDefault(type, Map.of()).get(path);
  }

  /** Rows per case type and year of receipt, a column per age, and their total. */
  private Map<String, Object> ageing() {
    Map<String, Object> table = new LinkedHashMap<>();
    List<String> ages = new ArrayList<>();
    for (OpenCaseAge age : OpenCaseAge.values()) {
      ages.add(lang.label(age.zh, age.en));
    }
    Map<String, long[]> rows = new LinkedHashMap<>();
    List<OpenCases> cells = yoy == null || yoy.openCases() == null ? List.of() : yoy.openCases();
    for (OpenCases cell : cells) {
      long[] row =
          rows.computeIfAbsent(
              cell.caseType() + " " + cell.receivedIn(),
              k -> new long[OpenCaseAge.values().length + 1]);
      row[OpenCaseAge.valueOf(cell.age()).ordinal()] += cell.cases();
      row[OpenCaseAge.values().length] += cell.cases();
    }
    List<Map<String, Object>> lines = new ArrayList<>();
    rows.forEach(
        (key, counts) -> {
          String[] type = CASE_TYPES.getOrDefault(key.split(" ")[0], new String[] {key, key});
          List<String> values = new ArrayList<>();
          for (long count : counts) {
            values.add(lang.count(count));
          }
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("type", lang.label(type[0], type[1]));
          line.put("year", key.split(" ")[1]);
          line.put("cells", String.join(" | ", values));
          lines.add(line);
        });
    table.put("ages", String.join(" | ", ages));
    table.put("separators", "---:|".repeat(ages.size() + 1));
    table.put("rows", lines);
    table.put("none", lines.isEmpty());
    // Totals without the comparison (asked without compare, or of an earlier release) say nothing.
    table.put("known", yoy != null && yoy.openCases() != null);
    return table;
  }

  /** A percent or points as the report's rates are written: two decimals. */
  private static String plain(BigDecimal value) {
    return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
