package org.disputeregistry.query.counts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The table of a case type's figures in docs/statistics.md, written from their definitions. */
public final class FigureDocumentation {

  private FigureDocumentation() {}

  public static String table(CaseFigures type) {
    List<String> lines = new ArrayList<>();
    lines.add("| figure | 中文 | definition | how it is counted | counted on |");
    lines.add("|---|---|---|---|---|");
    for (Figure<?> figure : type.figures()) {
      lines.add(row(figure, ""));
    }
    Set<Counted> parts = new LinkedHashSet<>();
    type.figures().stream()
        .filter(RateFigure.class::isInstance)
        .map(RateFigure.class::cast)
        .forEach(
            r -> {
              parts.addAll(r.numerator());
              parts.addAll(r.denominator());
            });
    parts.removeIf(type.figures()::contains);
    parts.forEach(p -> lines.add(row(p, " (a rate's part, not in the JSON)")));
    return String.join("\n", lines) + "\n";
  }

  private static String row(Figure<?> figure, String note) {
    return "| `%s`%s | %s | %s | %s | %s |"
        .formatted(
            figure.name(),
            note,
            figure.zh(),
            figure.definition()
                + (figure instanceof RateFigure r ? " (" + r.definitionZh() + ")" : ""),
            how(figure),
            day(figure));
  }

  private static String how(Figure<?> figure) {
    if (figure instanceof Counted c) {
      return "cases"
          + conditions(c.measure())
          + (c.among() == null
              ? ""
              : " whose `" + c.measure().detail() + "` is " + codes(c.among()));
    } else if (figure instanceof Summed s) {
      return "sum of `" + s.measure().amount() + "` over the cases" + conditions(s.measure());
    } else if (figure instanceof RateFigure r) {
      return names(r.numerator()) + " / " + names(r.denominator());
    } else if (figure instanceof OpenCases o) {
      return (o.atEnd() ? "by the period's end: " : "before the period: ")
          + "`"
          + o.opened().day()
          + "` reached and not `"
          + o.openedAndClosed().day()
          + "` (`"
          + o.openedAndClosed().when()
          + "`)";
    } else if (figure instanceof Durations d) {
      return "mean (to 0.01, half-up) and median of `"
          + d.measure().detail()
          + "` over the cases"
          + conditions(d.measure());
    } else if (figure instanceof ByCode<?> b) {
      return "cases" + conditions(b.measure()) + ", per `" + b.measure().detail() + "`";
    } else if (figure instanceof PerCurrency p) {
      return "exact sum of `"
          + p.measure().amount()
          + "` and number of cases per `"
          + p.measure().detail()
          + "`, over the cases"
          + conditions(p.measure());
    } else if (figure instanceof Supplied<?>) {
      return "not counted here: supplied with the answer (the as-of date asked, person-times)";
    }
    throw new IllegalArgumentException("Undocumented kind of figure " + figure);
  }

  private static String conditions(Measure m) {
    return (m.when() == null ? "" : " with `" + m.when() + "`")
        + (m.knownOn() == null ? "" : ", once `" + m.knownOn() + "` (by the as-of date)");
  }

  private static String day(Figure<?> figure) {
    return figure.measures().stream()
        .map(m -> "`" + m.day() + "`" + (m.cumulative() ? " (and before the period)" : ""))
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private static String names(List<Counted> parts) {
    String sum = parts.stream().map(p -> "`" + p.name() + "`").collect(Collectors.joining(" + "));
    return parts.size() > 1 ? "(" + sum + ")" : sum;
  }

  private static String codes(Set<String> codes) {
    return codes.stream().sorted().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
  }
}
