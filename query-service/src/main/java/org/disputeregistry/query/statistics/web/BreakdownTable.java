package org.disputeregistry.query.statistics.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.query.counts.Durations;
import org.disputeregistry.query.counts.Figure;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.PerCurrency;
import org.disputeregistry.query.counts.RateFigure;
import org.disputeregistry.query.statistics.Amount;
import org.disputeregistry.query.statistics.Days;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Table;

/**
 * A breakdown as a table: the value and its labels, then one column per figure (a rate's percent;
 * mean and median of durations; amounts in one column per figure and currency, CNY always, every
 * other currency present after it).
 */
public final class BreakdownTable {

  /**
   * The last column when small counts were suppressed: per row, the figures shown empty (null)
   * because they count too few cases.
   */
  static final String SUPPRESSED = "suppressed";

  private BreakdownTable() {}

  public static Table of(
      Dimension by,
      Map<String, Figures> rows,
      List<Figure<?>> columns,
      Function<String, ReferenceData.Label> label) {
    List<String> currencies = currencies(rows.values(), columns);
    List<String> names = new ArrayList<>(List.of(by.parameter(), "zh", "en"));
    forEachColumn(columns, currencies, (name, value) -> names.add(name), null);
    boolean suppressed = rows.values().stream().anyMatch(f -> !f.suppressedCells().isEmpty());
    if (suppressed) {
      names.add(SUPPRESSED);
    }
    Table.Builder table = Table.withColumns(names.toArray(String[]::new));
    rows.forEach(
        (key, figures) -> {
          ReferenceData.Label l = label.apply(key);
          List<Object> row = new ArrayList<>();
          row.add(key);
          row.add(l.zh());
          row.add(l.en());
          forEachColumn(columns, currencies, (name, value) -> row.add(value), figures);
          if (suppressed) {
            row.add(figures.suppressedCells());
          }
          table.row(row.toArray());
        });
    return table.build();
  }

  private interface Column {
    void add(String name, Object value);
  }

  private static void forEachColumn(
      List<Figure<?>> columns, List<String> currencies, Column out, Figures f) {
    boolean amountsDone = false;
    for (Figure<?> figure : columns) {
      if (figure instanceof RateFigure rate) {
        out.add(rate.name(), f == null ? null : f.get(rate).percent());
      } else if (figure instanceof Durations durations) {
        Days days = f == null ? null : f.get(durations);
        out.add("mean" + capitalized(durations.name()), days == null ? null : days.mean());
        out.add("median" + capitalized(durations.name()), days == null ? null : days.median());
      } else if (figure instanceof PerCurrency) {
        if (!amountsDone) {
          amountsDone = true;
          List<PerCurrency> amounts =
              columns.stream()
                  .filter(PerCurrency.class::isInstance)
                  .map(PerCurrency.class::cast)
                  .toList();
          for (String currency : currencies) {
            for (PerCurrency amount : amounts) {
              out.add(amount.name() + currency, f == null ? null : sum(f.get(amount), currency));
            }
          }
        }
      } else {
        out.add(figure.name(), f == null ? null : f.get(figure));
      }
    }
  }

  /** CNY always, then every other currency that occurs. */
  private static List<String> currencies(Iterable<Figures> rows, List<Figure<?>> columns) {
    TreeSet<String> others = new TreeSet<>();
    for (Figures f : rows) {
      columns.stream()
          .filter(PerCurrency.class::isInstance)
          .flatMap(c -> f.get((PerCurrency) c).stream())
          .map(Amount::currency)
          .forEach(others::add);
    }
    others.remove(PerCurrency.CNY);
    List<String> currencies = new ArrayList<>(List.of(PerCurrency.CNY));
    currencies.addAll(others);
    return currencies;
  }

  /** The currency's sum; none of that currency is 0; a suppressed one stays null, never 0. */
  private static BigDecimal sum(List<Amount> amounts, String currency) {
    for (Amount amount : amounts) {
      if (amount.currency().equals(currency)) {
        return amount.sum();
      }
    }
    return BigDecimal.ZERO;
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
