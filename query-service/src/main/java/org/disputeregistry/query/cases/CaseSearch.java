package org.disputeregistry.query.cases;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.disputeregistry.query.statistics.AsOf;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.disputeregistry.web.ProblemCode;

/**
 * A request of the case list, parsed strictly from the query string: an unknown parameter or a
 * value no row can hold is a 400 naming it. With {@code figure} it is a drill-down: the cases that
 * figure of the case type counts, with the period, as-of date and filters its statistics take.
 *
 * @param kind the case type, or null for every type
 * @param drillDown the figure whose cases to list, or null
 * @param sort the column to sort by; ties are broken by case id
 */
public record CaseSearch(
    CaseKind kind,
    DrillDown drillDown,
    Map<CaseFilter, String> filters,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    LocalDate closedFrom,
    LocalDate closedTo,
    LocalDate dueFrom,
    LocalDate dueTo,
    Boolean open,
    LocalDate openOn,
    CaseColumn sort,
    boolean descending,
    int page,
    int size) {

  /** Rows per page unless asked; at most {@link #MAX_SIZE}. */
  static final int DEFAULT_SIZE = 100;

  public static final int MAX_SIZE = 1000;
  static final int MAX_PAGE = 1_000_000;

  private static final String FIGURE = "figure";
  private static final List<String> OWN =
      List.of(
          "caseType",
          FIGURE,
          "page",
          "size",
          "sort",
          "receivedFrom",
          "receivedTo",
          "closedFrom",
          "closedTo",
          "dueFrom",
          "dueTo",
          "open",
          "openOn");

  /** A statistic's figure and the query whose period and filters it counts. */
  record DrillDown(String figure, Query query, LocalDate asOf) {}

  public static CaseSearch parse(Map<String, String> parameters) {
    Map<String, String> rest = new HashMap<>(parameters);
    CaseKind kind = kind(rest.remove("caseType"));
    String figure = rest.remove(FIGURE);
    Map<CaseFilter, String> filters = new EnumMap<>(CaseFilter.class);
    for (CaseFilter filter : CaseFilter.values()) {
      // A drill-down gives the statistics' own filters to its query, street and category too.
      if (figure != null && kind != null && isDimension(filter.parameter, kind)) {
        continue;
      }
      String value = rest.remove(filter.parameter);
      if (value != null) {
        filters.put(filter, value(filter, value));
      }
    }
    LocalDate receivedFrom = Query.date("receivedFrom", rest.remove("receivedFrom"));
    LocalDate receivedTo = Query.date("receivedTo", rest.remove("receivedTo"));
    LocalDate closedFrom = Query.date("closedFrom", rest.remove("closedFrom"));
    LocalDate closedTo = Query.date("closedTo", rest.remove("closedTo"));
    requireOrdered("receivedTo", receivedFrom, receivedTo);
    requireOrdered("closedTo", closedFrom, closedTo);
    // The due date of the time limit running now: a work queue's overdue, due soon and later.
    LocalDate dueFrom = Query.date("dueFrom", rest.remove("dueFrom"));
    LocalDate dueTo = Query.date("dueTo", rest.remove("dueTo"));
    requireOrdered("dueTo", dueFrom, dueTo);
    Boolean open = open(rest.remove("open"));
    // Open at a day (received by it, not ended by it): the cases behind an ageing table's cell.
    LocalDate openOn = Query.date("openOn", rest.remove("openOn"));
    String[] sort = sort(rest.remove("sort"));
    int page = number("page", rest.remove("page"), 0, 0, MAX_PAGE);
    int size = number("size", rest.remove("size"), DEFAULT_SIZE, 1, MAX_SIZE);
    DrillDown drillDown = figure == null ? noneLeft(rest) : drillDown(figure, kind, rest);
    return new CaseSearch(
        kind,
        drillDown,
        Collections.unmodifiableMap(filters),
        receivedFrom,
        receivedTo,
        closedFrom,
        closedTo,
        dueFrom,
        dueTo,
        open,
        openOn,
        CaseColumn.named(sort[0]).orElseThrow(),
        sort[1].equals("desc"),
        page,
        size);
  }

  private static CaseKind kind(String value) {
    if (value == null) {
      return null;
    }
    return CaseKind.ofParameter(value)
        .orElseThrow(
            () ->
                new StatisticsRequestException(
                    "caseType",
                    "caseType must be one of "
                        + Stream.of(CaseKind.values()).map(k -> k.parameter).toList()));
  }

  private static boolean isDimension(String parameter, CaseKind kind) {
    return kind.dimensions.stream().anyMatch(d -> d.parameter().equals(parameter));
  }

  private static String value(CaseFilter filter, String value) {
    if (value.isEmpty() || value.length() > CaseFilter.MAX_VALUE_LENGTH) {
      throw new StatisticsRequestException(
          filter.parameter,
          ProblemCode.WRONG_LENGTH.name(),
          filter.parameter + " must be 1 to " + CaseFilter.MAX_VALUE_LENGTH + " characters");
    }
    if (!filter.form.holds(value)) {
      throw new StatisticsRequestException(
          filter.parameter,
          ProblemCode.INVALID_CHARACTERS.name(),
          filter.parameter + " must be " + filter.form.words);
    }
    return value;
  }

  private static void requireOrdered(String parameter, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new StatisticsRequestException(
          parameter, parameter + " " + to + " is before the range's start " + from);
    }
  }

  private static Boolean open(String value) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new StatisticsRequestException("open", "open must be true or false");
    };
  }

  /** {@code column} or {@code column,asc|desc}; by default the latest received first. */
  private static String[] sort(String value) {
    if (value == null) {
      return new String[] {CaseColumn.RECEIVED_ON.json, "desc"};
    }
    String[] parts = value.split(",", -1);
    if (parts.length > 2
        || CaseColumn.named(parts[0]).isEmpty()
        || (parts.length == 2 && !parts[1].matches("asc|desc"))) {
      throw new StatisticsRequestException(
          "sort",
          "sort must be a column, optionally with ,asc or ,desc; the columns are "
              + List.of(CaseColumn.names()));
    }
    return new String[] {parts[0], parts.length == 2 ? parts[1] : "asc"};
  }

  private static int number(String name, String value, int otherwise, int min, int max) {
    if (value == null) {
      return otherwise;
    }
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new StatisticsRequestException(name, name + " must be a whole number");
    }
    if (number < min || number > max) {
      throw new StatisticsRequestException(
          name, ProblemCode.OUT_OF_RANGE.name(), name + " must be " + min + " to " + max);
    }
    return (int) number;
  }

  /** Without a figure, every parameter must be the list's own. */
  private static DrillDown noneLeft(Map<String, String> rest) {
    if (!rest.isEmpty()) {
      String name = new TreeSet<>(rest.keySet()).first();
      Set<String> known = new TreeSet<>(OWN);
      Stream.of(CaseFilter.values()).forEach(f -> known.add(f.parameter));
      throw new StatisticsRequestException(
          name,
          Set.of("year", "from", "to", AsOf.PARAMETER).contains(name)
              ? name + " goes with figure: a period is what a statistic's figure counts"
              : "Unknown parameter " + name + "; the case list takes " + known);
    }
    return null;
  }

  private static DrillDown drillDown(String figure, CaseKind kind, Map<String, String> rest) {
    if (kind == null) {
      throw new StatisticsRequestException(
          "caseType", "A figure is one of a case type's statistics: give caseType too");
    }
    LocalDate asOf = kind.takesAsOf ? AsOf.taken(rest) : null;
    Query query = Query.parse(rest, kind.dimensions);
    if (query.breakdown() != null) {
      throw new StatisticsRequestException("by", "A drill-down lists cases: it has no breakdown");
    }
    AsOf.requireNotBefore(asOf, query);
    return new DrillDown(figure, query, asOf);
  }
}
