package org.disputeregistry.query.statistics.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.Labels;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.query.counts.Durations;
import org.disputeregistry.query.counts.Figure;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.PerCurrency;
import org.disputeregistry.query.counts.RateFigure;
import org.disputeregistry.query.statistics.Amount;
import org.disputeregistry.query.statistics.Cell;
import org.disputeregistry.query.statistics.Days;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Table;
import org.disputeregistry.query.statistics.Table.Kind;

/**
 * A breakdown as a table: the value and its labels, then one column per figure (a rate's percent;
 * mean and median of durations; amounts in one column per figure and currency, CNY always, every
 * other currency present after it). A spreadsheet also gets the title, the period and filters, and
 * the figures' Chinese names ({@link Table.Layout}).
 */
public final class BreakdownTable {

  /**
   * The last column when small counts were suppressed: per row, the figures shown empty (null)
   * because they count too few cases.
   */
  static final String SUPPRESSED = "suppressed";

  /**
   * The last column when asked for ({@code links=cases}): per row, the URL of each count's cases.
   */
  static final String LINKS = "links";

  private BreakdownTable() {}

  public static Table of(
      CaseType caseType,
      Query query,
      Map<String, Figures> rows,
      List<Figure<?>> columns,
      Function<String, ReferenceData.Label> label,
      CaseLinks links) {
    Dimension by = query.breakdown();
    List<String> currencies = currencies(rows.values(), columns);
    List<Column> described = new ArrayList<>();
    forEachColumn(columns, currencies, (column, value) -> described.add(column), null);
    List<String> names = new ArrayList<>(List.of(by.parameter(), "zh", "en"));
    described.forEach(c -> names.add(c.name()));
    boolean suppressed = rows.values().stream().anyMatch(f -> !f.suppressedCells().isEmpty());
    if (suppressed) {
      names.add(SUPPRESSED);
    }
    if (links != null) {
      names.add(LINKS);
    }
    Table.Builder table = Table.withColumns(names.toArray(String[]::new));
    rows.forEach(
        (key, figures) -> {
          ReferenceData.Label l = label.apply(key);
          List<Object> row = new ArrayList<>();
          row.add(key);
          row.add(l.zh());
          row.add(l.en());
          forEachColumn(columns, currencies, (column, value) -> row.add(value), figures);
          if (suppressed) {
            row.add(figures.suppressedCells());
          }
          if (links != null) {
            row.add(new Cell.Links(links.of(figures, Map.of(by.parameter(), key))));
          }
          table.row(row.toArray());
        });
    described(table, caseType, query, described, suppressed);
    if (links != null) {
      table.header(LINKS, "案件清单链接", LINKS, Kind.TEXT);
    }
    return table.build();
  }

  /** The title, the question and the headers in words, for a spreadsheet. */
  private static Table.Builder described(
      Table.Builder table,
      CaseType caseType,
      Query query,
      List<Column> columns,
      boolean suppressed) {
    Dimension by = query.breakdown();
    ReferenceData.Label type = label(caseType);
    DimensionWords byWords = DimensionWords.of(by);
    table
        .titled(
            type.zh() + "统计（按" + byWords.zh() + "）", type.en() + " statistics by " + byWords.en())
        .header(by.parameter(), byWords.zh() + "代码", by.parameter(), Kind.TEXT)
        .header("zh", byWords.zh(), byWords.en() + " (zh)", Kind.TEXT)
        .header("en", byWords.zh() + "（英文）", byWords.en(), Kind.TEXT);
    Notes.period(table, query);
    columns.forEach(c -> table.header(c.name(), c.zh(), c.name(), c.kind()));
    if (suppressed) {
      table.header(SUPPRESSED, "因个案过少未显示的数字", SUPPRESSED, Kind.TEXT);
    }
    return table;
  }

  /** The case type in words, from the labels of the contract. */
  static ReferenceData.Label label(CaseType caseType) {
    return Labels.defaults().of(CaseType.class).stream()
        .filter(l -> l.code().equals(caseType.name()))
        .findFirst()
        .orElse(new ReferenceData.Label(caseType.name(), caseType.name(), caseType.name()));
  }

  /** A column of figures: its name, Chinese header and kind. */
  private record Column(String name, String zh, Kind kind) {}

  private interface Columns {
    void add(Column column, Object value);
  }

  private static void forEachColumn(
      List<Figure<?>> columns, List<String> currencies, Columns out, Figures f) {
    boolean amountsDone = false;
    for (Figure<?> figure : columns) {
      if (figure instanceof RateFigure rate) {
        out.add(
            new Column(rate.name(), rate.zh(), Kind.RATE),
            f == null ? null : new Cell.Percent(f.get(rate)));
      } else if (figure instanceof Durations durations) {
        Days days = f == null ? null : f.get(durations);
        String name = capitalized(durations.name());
        out.add(
            new Column("mean" + name, durations.zh() + "（平均天数）", Kind.DECIMAL),
            days == null ? null : days.mean());
        out.add(
            new Column("median" + name, durations.zh() + "（中位天数）", Kind.DECIMAL),
            days == null ? null : days.median());
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
              out.add(
                  new Column(amount.name() + currency, amount.zh(), Kind.AMOUNT),
                  f == null ? null : new Cell.Money(sum(f.get(amount), currency), currency));
            }
          }
        }
      } else {
        out.add(
            new Column(figure.name(), figure.zh(), Kind.COUNT), f == null ? null : f.get(figure));
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
