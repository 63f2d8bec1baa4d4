package org.disputeregistry.query.publication;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.disputeregistry.query.counts.ByCode;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.counts.Contribution;
import org.disputeregistry.query.counts.Durations;
import org.disputeregistry.query.counts.Figure;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.PerCurrency;
import org.disputeregistry.query.counts.RateFigure;
import org.disputeregistry.query.counts.Tally;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.Rate;

/**
 * How one case's contribution rows then and now change the year's figures, read through the
 * figures' own definitions (each side's figures of the one case, then the difference): counts by
 * ±1, a rate's numerator and denominator, each code and currency, a number of days. A case whose
 * year figures are unchanged but whose rows moved (to another street or centre, another month) is
 * told by the breakdowns it moved between.
 */
final class FigureDifference {

  private FigureDifference() {}

  static List<FigureChange> of(
      CaseFigures type, List<Contribution> then, List<Contribution> now, int year) {
    Period whole = Period.ofYear(year);
    List<FigureChange> changes = between(type, then, now, whole, null);
    if (!changes.isEmpty()) {
      return changes;
    }
    String dimension = type.dimension().parameter();
    for (String value : values(then, now)) {
      Predicate<Contribution> in = c -> Objects.toString(c.dimensionValue(), "").equals(value);
      changes.addAll(between(type, only(then, in), only(now, in), whole, dimension + "=" + value));
    }
    for (int month = 1; month <= 12; month++) {
      YearMonth m = YearMonth.of(year, month);
      changes.addAll(
          between(type, then, now, new Period(m.atDay(1), m.atEndOfMonth()), "month=" + month));
    }
    return changes;
  }

  /** A service-contact day: its persons are the person-times served, by how many more or fewer. */
  static List<FigureChange> ofPersons(
      Figure<?> personTimes, List<Contribution> then, List<Contribution> now) {
    BigDecimal change = persons(now).subtract(persons(then));
    return change.signum() == 0
        ? List.of()
        : List.of(new FigureChange(personTimes.name(), personTimes.zh(), change, null));
  }

  private static BigDecimal persons(List<Contribution> rows) {
    return rows.stream().map(Contribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static List<FigureChange> between(
      CaseFigures type,
      List<Contribution> then,
      List<Contribution> now,
      Period period,
      String breakdown) {
    Tally before = CaseFigures.tallyOfCase(then, period);
    Tally after = CaseFigures.tallyOfCase(now, period);
    Figures was = type.of(before);
    Figures is = type.of(after);
    List<FigureChange> changes = new ArrayList<>();
    for (Figure<?> figure : type.figures()) {
      Changes add =
          (part, zh, change) -> {
            if (change.signum() != 0) {
              changes.add(
                  new FigureChange(
                      part == null ? figure.name() : figure.name() + "." + part,
                      zh == null ? figure.zh() : figure.zh() + "·" + zh,
                      change,
                      breakdown));
            }
          };
      if (figure instanceof RateFigure rate) {
        Rate a = was.get(rate);
        Rate b = is.get(rate);
        add.of("numerator", "分子", delta(a.numerator(), b.numerator()));
        add.of("denominator", "分母", delta(a.denominator(), b.denominator()));
      } else if (figure instanceof ByCode<?> byCode) {
        Map<String, Long> counts = new TreeMap<>();
        was.get(byCode).forEach(l -> counts.merge(l.code(), -l.count(), Long::sum));
        is.get(byCode).forEach(l -> counts.merge(l.code(), l.count(), Long::sum));
        Map<String, String> labels = new TreeMap<>();
        is.get(byCode).forEach(l -> labels.put(l.code(), l.zh()));
        was.get(byCode).forEach(l -> labels.putIfAbsent(l.code(), l.zh()));
        counts.forEach((code, n) -> add.of(code, labels.get(code), BigDecimal.valueOf(n)));
      } else if (figure instanceof PerCurrency amounts) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        was.get(amounts).forEach(a -> sums.merge(a.currency(), a.sum().negate(), BigDecimal::add));
        is.get(amounts).forEach(a -> sums.merge(a.currency(), a.sum(), BigDecimal::add));
        sums.forEach((currency, sum) -> add.of(currency, currency, sum));
      } else if (figure instanceof Durations durations) {
        String measure = durations.measure().name();
        Map<String, Long> cases = new TreeMap<>();
        before.byDetail(measure).forEach((days, t) -> cases.merge(days, -t.cases(), Long::sum));
        after.byDetail(measure).forEach((days, t) -> cases.merge(days, t.cases(), Long::sum));
        cases.forEach((days, n) -> add.of(days, days + "日", BigDecimal.valueOf(n)));
      } else if (was.get(figure) instanceof Long || is.get(figure) instanceof Long) {
        add.of(null, null, delta((Long) was.get(figure), (Long) is.get(figure)));
      }
    }
    return changes;
  }

  private interface Changes {
    void of(String part, String zh, BigDecimal change);
  }

  private static BigDecimal delta(Long then, Long now) {
    return BigDecimal.valueOf((now == null ? 0 : now) - (then == null ? 0 : then));
  }

  private static TreeSet<String> values(List<Contribution> then, List<Contribution> now) {
    TreeSet<String> values = new TreeSet<>();
    then.forEach(c -> values.add(Objects.toString(c.dimensionValue(), "")));
    now.forEach(c -> values.add(Objects.toString(c.dimensionValue(), "")));
    return values;
  }

  private static List<Contribution> only(List<Contribution> rows, Predicate<Contribution> in) {
    return rows.stream().filter(in).toList();
  }
}
