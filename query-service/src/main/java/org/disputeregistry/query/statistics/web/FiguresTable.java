package org.disputeregistry.query.statistics.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.counts.Figure;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.statistics.Amount;
import org.disputeregistry.query.statistics.Cell;
import org.disputeregistry.query.statistics.Days;
import org.disputeregistry.query.statistics.Labelled;
import org.disputeregistry.query.statistics.Rate;
import org.disputeregistry.query.statistics.Statistics;
import org.disputeregistry.query.statistics.Table;
import org.disputeregistry.query.statistics.Table.Kind;

/**
 * The figures of a period as a table, for a spreadsheet: a row per figure with its Chinese name, in
 * the column of its kind (a count, a rate with its parts, an amount with its currency, days); a row
 * per code of a figure by code and per currency of amounts, their drill-down names beside them.
 */
final class FiguresTable {

  private static final String[] COLUMNS = {
    "figure", "zh", "count", "rate", "amount", "mean", "median", "value"
  };

  private FiguresTable() {}

  static Table of(Statistics<?> statistics) {
    Table.Builder table =
        Table.withColumns(COLUMNS)
            .titled(
                BreakdownTable.label(CaseType.valueOf(statistics.caseType())).zh() + "统计数字",
                BreakdownTable.label(CaseType.valueOf(statistics.caseType())).en() + " figures")
            .note(
                "统计期间",
                "Period",
                statistics.period().from() + " 至 / to " + statistics.period().to())
            .note(
                "筛选条件",
                "Filters",
                statistics.filters().isEmpty()
                    ? "无 / none"
                    : statistics.filters().entrySet().stream()
                        .map(f -> f.getKey() + "=" + f.getValue())
                        .collect(Collectors.joining(", ")))
            .header("figure", "指标代码", "figure", Kind.TEXT)
            .header("zh", "指标", "name (zh)", Kind.TEXT)
            .header("count", "件数", "count", Kind.COUNT)
            .header("rate", "比率", "rate", Kind.RATE)
            .header("amount", "金额", "amount", Kind.AMOUNT)
            .header("mean", "平均天数", "mean days", Kind.DECIMAL)
            .header("median", "中位天数", "median days", Kind.DECIMAL)
            .header("value", "其他", "value", Kind.TEXT);
    Figures figures = (Figures) statistics.figures();
    figures
        .values()
        .forEach(
            (name, value) -> {
              // The JSON's list of what was suppressed: here those cells are empty.
              if (!figures.suppressedCells().isEmpty() && name.equals("suppressed")) {
                return;
              }
              rows(table, figures, name, value);
            });
    return table.build();
  }

  private static void rows(Table.Builder table, Figures figures, String name, Object value) {
    String zh = figures.definition(name).map(Figure::zh).orElse(name);
    if (value instanceof Rate rate) {
      table.row(name, rate.nameZh(), null, new Cell.Percent(rate), null, null, null, null);
    } else if (value instanceof Days days) {
      table.row(name, zh, null, null, null, days.mean(), days.median(), null);
    } else if (value instanceof List<?> list) {
      for (Object part : list) {
        if (part instanceof Labelled code) {
          table.row(
              name + "." + code.code(),
              zh + "：" + code.zh(),
              code.count(),
              null,
              null,
              null,
              null,
              null);
        } else if (part instanceof Amount amount) {
          table.row(
              name + "." + amount.currency(),
              zh,
              amount.cases(),
              null,
              new Cell.Money(amount.sum(), amount.currency()),
              null,
              null,
              null);
        } else {
          table.row(name, zh, null, null, null, null, null, String.valueOf(part));
        }
      }
    } else if (value instanceof Number number) {
      table.row(name, zh, number, null, null, null, null, null);
    } else if (!(value instanceof Map<?, ?>)) {
      table.row(name, zh, null, null, null, null, null, value == null ? null : value.toString());
    }
  }
}
