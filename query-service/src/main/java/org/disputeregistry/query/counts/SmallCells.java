package org.disputeregistry.query.counts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disputeregistry.query.statistics.Amount;
import org.disputeregistry.query.statistics.Labelled;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Rate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Statistical disclosure control: in a breakdown or in filtered figures, a count of 1 to {@code
 * registry.statistics.min-cell-count} - 1 cases is not shown (null, named under {@code
 * suppressed}), nor anything it would reveal: a rate with such a numerator or denominator or with a
 * suppressed part, an amount summed over so few cases, and (secondary suppression) the smallest
 * other cell of a breakdown column or of a figure's counts per code when only one was suppressed
 * there, since the exact total minus the shown cells would give it back. Unfiltered figures and the
 * yearly totals stay exact. The rule, with examples: docs/statistics.md.
 */
@Component
public class SmallCells {

  private final long minCount;

  SmallCells(@Value("${registry.statistics.min-cell-count:5}") long minCount) {
    if (minCount < 0) {
      throw new IllegalArgumentException("registry.statistics.min-cell-count must be 0 or more");
    }
    this.minCount = minCount;
  }

  /**
   * Whether this request's answer is suppressed: the one place that decides it. Any breakdown or
   * filter narrows the cases to groups that can be small; the unfiltered figures of a period are
   * what the annual report publishes, exactly.
   */
  public boolean appliesTo(Query query) {
    return minCount > 0 && (query.breakdown() != null || !query.filters().isEmpty());
  }

  /** The figures of one filtered query as they may be shown. */
  public Figures figures(CaseFigures type, Query query, Figures figures) {
    if (!appliesTo(query)) {
      return figures;
    }
    return suppressed(type, List.of(figures)).get(0);
  }

  /** A breakdown's rows as they may be shown, columns protected against differencing too. */
  public Map<String, Figures> breakdown(CaseFigures type, Query query, Map<String, Figures> rows) {
    if (!appliesTo(query)) {
      return rows;
    }
    List<Figures> shown = suppressed(type, List.copyOf(rows.values()));
    Map<String, Figures> result = new LinkedHashMap<>();
    int i = 0;
    for (String key : rows.keySet()) {
      result.put(key, shown.get(i++));
    }
    return result;
  }

  private List<Figures> suppressed(CaseFigures type, List<Figures> rows) {
    List<Cells> cells = rows.stream().map(Cells::new).toList();
    cells.forEach(c -> c.counts.forEach((key, value) -> c.hideIf(key, small(value))));
    // Until nothing changes: each pass hides at least one more cell, so it ends.
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Cells row : cells) {
        for (List<String> group : row.groups().values()) {
          changed |= complement(group.stream().map(key -> new Cell(row, key)).toList());
        }
      }
      Set<String> keys = new LinkedHashSet<>();
      cells.forEach(c -> keys.addAll(c.counts.keySet()));
      for (String key : keys) {
        changed |=
            complement(
                cells.stream()
                    .filter(c -> c.counts.containsKey(key))
                    .map(c -> new Cell(c, key))
                    .toList());
      }
    }
    return cells.stream().map(c -> c.shown(type)).toList();
  }

  boolean small(Long count) {
    return count != null && count > 0 && count < minCount;
  }

  /**
   * If exactly one cell of a group that adds up to a shown total is hidden, hides the smallest
   * other: the non-zero ones first, as hiding a zero protects little.
   */
  private static boolean complement(List<Cell> group) {
    if (group.size() < 2 || group.stream().filter(Cell::hidden).count() != 1) {
      return false;
    }
    Optional<Cell> next =
        group.stream()
            .filter(c -> !c.hidden())
            .min(Comparator.comparing((Cell c) -> c.value() == 0).thenComparing(Cell::value));
    next.ifPresent(c -> c.row.hidden.add(c.key));
    return next.isPresent();
  }

  private record Cell(Cells row, String key) {
    boolean hidden() {
      return row.hidden.contains(key);
    }

    long value() {
      return row.counts.get(key);
    }
  }

  /**
   * One set of figures' countable cells: a count by its figure's name, a count per code as {@code
   * name.code}, an amount's cases as {@code name.currency}; and which of them are hidden.
   */
  private final class Cells {
    private final Figures figures;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Set<String> hidden = new LinkedHashSet<>();

    Cells(Figures figures) {
      this.figures = figures;
      figures
          .values()
          .forEach(
              (name, value) -> {
                if (value instanceof Long count) {
                  counts.put(name, count);
                } else if (value instanceof List<?> list) {
                  for (Object element : list) {
                    if (element instanceof Labelled l) {
                      counts.put(name + "." + l.code(), l.count());
                    } else if (element instanceof Amount a) {
                      counts.put(name + "." + a.currency(), a.cases());
                    }
                  }
                }
              });
    }

    void hideIf(String key, boolean hide) {
      if (hide) {
        hidden.add(key);
      }
    }

    /** The counts per code of one figure: they add up to a total that may be shown. */
    Map<String, List<String>> groups() {
      Map<String, List<String>> groups = new LinkedHashMap<>();
      counts.keySet().stream()
          .filter(key -> key.contains("."))
          .forEach(
              key ->
                  groups
                      .computeIfAbsent(key.substring(0, key.indexOf('.')), g -> new ArrayList<>())
                      .add(key));
      return groups;
    }

    Figures shown(CaseFigures type) {
      Map<String, Object> shown = new LinkedHashMap<>();
      List<String> named = new ArrayList<>();
      figures
          .values()
          .forEach(
              (name, value) -> {
                Object v = value;
                if (value instanceof Long && hidden.contains(name)) {
                  v = null;
                  named.add(name);
                } else if (value instanceof Rate rate && hidesRate(type, name, rate)) {
                  v = rate.suppressed();
                  named.add(name);
                } else if (value instanceof List<?> list) {
                  v = list.stream().map(e -> shownElement(name, e, named)).toList();
                }
                shown.put(name, v);
              });
      return named.isEmpty() ? figures : figures.suppressed(shown, named);
    }

    private Object shownElement(String name, Object element, List<String> named) {
      if (element instanceof Labelled l && hidden.contains(name + "." + l.code())) {
        named.add(name + "." + l.code());
        return new Labelled(l.code(), l.zh(), l.en(), null);
      }
      if (element instanceof Amount a && hidden.contains(name + "." + a.currency())) {
        named.add(name + "." + a.currency());
        return new Amount(a.currency(), null, null);
      }
      return element;
    }

    /** A rate goes with a small numerator or denominator, or with a part that is hidden. */
    private boolean hidesRate(CaseFigures type, String name, Rate rate) {
      if (small(rate.numerator()) || small(rate.denominator())) {
        return true;
      }
      return type.figures().stream()
          .filter(f -> f.name().equals(name) && f instanceof RateFigure)
          .map(RateFigure.class::cast)
          .flatMap(
              r -> java.util.stream.Stream.concat(r.numerator().stream(), r.denominator().stream()))
          .anyMatch(part -> hidden.contains(part.name()));
    }
  }
}
