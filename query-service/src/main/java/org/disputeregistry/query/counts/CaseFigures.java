package org.disputeregistry.query.counts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.Query;

/**
 * Every figure of one case type, in the order of its JSON, over its read-model table. The
 * contributions of a case (the rows the counters sum) and the case-table query of a filtered or
 * as-of question are both generated from the figures' measures, so the two ways to a figure cannot
 * drift apart.
 */
public final class CaseFigures {

  /** The length of {@code statistic_count.measure}. */
  private static final int MAX_MEASURE_NAME = 32;

  private final CaseType caseType;
  private final String table;
  private final Dimension dimension;
  private final Measure presence;
  private final List<Figure<?>> figures;
  private final boolean missingKeysEmpty;

  /**
   * @param dimension the dimension the counters are also kept per value of (street, centre)
   * @param presence the cumulative measure every case has from its first day: a breakdown has a row
   *     for every value with a case by the period's end
   */
  public CaseFigures(
      CaseType caseType,
      String table,
      Dimension dimension,
      Measure presence,
      List<Figure<?>> figures) {
    this(caseType, table, dimension, presence, figures, false);
  }

  private CaseFigures(
      CaseType caseType,
      String table,
      Dimension dimension,
      Measure presence,
      List<Figure<?>> figures,
      boolean missingKeysEmpty) {
    if (!presence.cumulative()) {
      throw new IllegalArgumentException("The presence measure must be cumulative");
    }
    this.caseType = caseType;
    this.table = table;
    this.dimension = dimension;
    this.presence = presence;
    this.figures = List.copyOf(figures);
    this.missingKeysEmpty = missingKeysEmpty;
    Map<String, Measure> byName = new LinkedHashMap<>();
    measures()
        .forEach(
            m -> {
              if (m.name().length() > MAX_MEASURE_NAME) {
                throw new IllegalArgumentException(
                    "statistic_count.measure holds "
                        + MAX_MEASURE_NAME
                        + " characters: "
                        + m.name());
              }
              Measure other = byName.putIfAbsent(m.name(), m);
              if (other != null && !other.equals(m)) {
                throw new IllegalArgumentException("Two measures named " + m.name());
              }
            });
  }

  /** The same figures, breakdowns giving cases without a value (no mediator) the key ''. */
  public CaseFigures withMissingKeysEmpty() {
    return new CaseFigures(caseType, table, dimension, presence, figures, true);
  }

  public CaseType caseType() {
    return caseType;
  }

  public Dimension dimension() {
    return dimension;
  }

  /** The figures in JSON order. */
  public List<Figure<?>> figures() {
    return figures;
  }

  /** Every figure's value in a tally. */
  public Figures of(Tally tally) {
    return Figures.of(figures, tally);
  }

  /** The figures of no cases at all. */
  public Figures none() {
    return of(Tally.empty());
  }

  /** Whether the counters answer a query: no filters, and no breakdown but by the dimension. */
  public boolean answers(Query query) {
    return query.filters().isEmpty()
        && (query.breakdown() == null || query.breakdown() == dimension);
  }

  /** Every measure the figures read, the presence first, each once. */
  List<Measure> measures() {
    Set<Measure> measures = new LinkedHashSet<>();
    measures.add(presence);
    figures.forEach(f -> measures.addAll(f.measures()));
    return new ArrayList<>(measures);
  }

  /** The measures also counted before a period. */
  Set<String> cumulative() {
    return measures().stream()
        .filter(Measure::cumulative)
        .map(Measure::name)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * A {@code SELECT case_id} of the cases that a figure counts in the period ({@code :from}, {@code
   * :to}, {@code :asOf}) among those {@code filters} select: {@code name} is a figure's JSON name,
   * the name of a count a rate is made of, or either with {@code .part} ({@link Figure#cases}).
   * Empty if there is no such figure or part, or it is not made of cases.
   */
  Optional<String> cases(String name, String filters) {
    int dot = name.indexOf('.');
    String figure = dot < 0 ? name : name.substring(0, dot);
    String part = dot < 0 ? null : name.substring(dot + 1);
    return byName()
        .getOrDefault(figure, NOTHING)
        .cases(part)
        .map(
            condition ->
                "SELECT case_id FROM "
                    + table
                    + " WHERE "
                    + presence.day()
                    + " <= :to AND "
                    + condition
                    + filters);
  }

  /** The figures, then the counts that rates are made of, by name. */
  private Map<String, Figure<?>> byName() {
    Map<String, Figure<?>> named = new LinkedHashMap<>();
    figures.forEach(f -> named.put(f.name(), f));
    figures.stream()
        .filter(RateFigure.class::isInstance)
        .map(RateFigure.class::cast)
        .flatMap(r -> Stream.concat(r.numerator().stream(), r.denominator().stream()))
        .forEach(c -> named.putIfAbsent(c.name(), c));
    return named;
  }

  /** The names {@link #cases} takes without a part. */
  public List<String> countNames() {
    return byName().values().stream()
        .filter(f -> f.cases(null).isPresent())
        .map(Figure::name)
        .toList();
  }

  private static final Figure<Void> NOTHING = new Supplied<>("", "", "");

  /** The group-by expression of a breakdown of the case table. */
  String key(Dimension breakdown) {
    // Array columns hold at least one value (UNKNOWN if none was recorded).
    return missingKeysEmpty && !breakdown.multiValued()
        ? "coalesce(" + breakdown.column() + ", '')"
        : breakdown.key();
  }

  /**
   * A {@code SELECT} of the contribution rows {@code (dimension_value, measure, detail, day,
   * amount, known_on)} of the cases {@code where} selects; a row without a day or detail counts
   * nothing. The counts are, by definition, the sum of these rows over all cases.
   */
  String contributions(String key, String where) {
    return contributions("", key, where);
  }

  /** The same, with {@code leading} columns before the dimension value. */
  private String contributions(String leading, String key, String where) {
    return "SELECT "
        + leading
        + key
        + " AS dimension_value, v.measure, v.detail, v.day, v.amount, v.known_on\nFROM "
        + table
        + " c CROSS JOIN LATERAL (VALUES\n  "
        + measures().stream().map(Measure::row).collect(Collectors.joining(",\n  "))
        + "\n) AS v (measure, detail, day, amount, known_on)\nWHERE "
        + where;
  }

  /** The contributions of the cases, per the counters' dimension value. */
  String counted(String cases) {
    return "SELECT * FROM ("
        + contributions(dimension.column(), cases)
        + ") c WHERE day IS NOT NULL AND detail IS NOT NULL";
  }

  /**
   * A {@code SELECT} of the contribution rows {@code (case_id, dimension_value, measure, detail,
   * day, amount)} that the figures of a period ({@code :from}, {@code :to}) read, every step known
   * now: the period's rows, and the earlier rows of the cumulative measures. Of the cases {@code
   * where} selects (SQL over the case table, {@code c}). The figures of a period are, by
   * definition, made of these rows and nothing else; {@link #tallyOfCase} reads them case by case.
   * A case has at most one row per measure (measures are told apart by name).
   */
  public String contributionsThrough(String where) {
    return "SELECT case_id, dimension_value, measure, detail, day, amount FROM ("
        + contributions("c.case_id, ", dimension.column(), where)
        + ") r WHERE day IS NOT NULL AND detail IS NOT NULL AND day <= :to AND (day >= :from"
        + " OR measure IN ("
        + cumulative().stream().map(m -> "'" + m + "'").collect(Collectors.joining(", "))
        + "))";
  }

  /**
   * The tally of one case's contribution rows ({@link #contributionsThrough}) over a period: its
   * figures ({@link #of}) are the same definitions as every other path's, over one case.
   */
  public static Tally tallyOfCase(Collection<Contribution> rows, Period period) {
    Map<String, Map<String, Total>> inPeriod = new HashMap<>();
    Map<String, Long> before = new HashMap<>();
    for (Contribution row : rows) {
      if (row.day().isBefore(period.from())) {
        before.merge(row.measure(), 1L, Long::sum);
      } else if (!row.day().isAfter(period.to())) {
        inPeriod
            .computeIfAbsent(row.measure(), m -> new HashMap<>())
            .merge(row.detail(), new Total(1, row.amount()), Total::plus);
      }
    }
    Tally.Builder tally = new Tally.Builder();
    inPeriod.forEach((m, details) -> details.forEach((d, total) -> tally.add(m, d, total, 0)));
    before.forEach((m, cases) -> tally.add(m, "", Total.ZERO, cases));
    return tally.build();
  }

  /**
   * The tally of the cases that pass the filters, per key, from the case table: the same sums as
   * the counters', with the steps after an as-of date left out.
   */
  String tally(String key, String filters) {
    return """
        SELECT dimension_value, measure, detail,
          count(*) FILTER (WHERE day >= :from) AS cases,
          coalesce(sum(amount) FILTER (WHERE day >= :from), 0) AS amount,
          count(*) FILTER (WHERE day < :from) AS before
        FROM (%s) r
        WHERE day IS NOT NULL AND detail IS NOT NULL AND (known_on IS NULL OR known_on <= :asOf)
          AND (day BETWEEN :from AND :to OR (measure IN (:cumulative) AND day < :from))
        GROUP BY 1, 2, 3
        ORDER BY 1
        """
        .formatted(contributions(key, presence.day() + " <= :to" + filters));
  }
}
