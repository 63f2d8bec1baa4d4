package org.disputeregistry.query.support;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.YearFigures;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.Query;

/**
 * A year's figures as the statistics API answers them one query each: the year, each month, the
 * year by the type's dimension. What the annual totals' read of the year at once must equal.
 */
public final class YearsOneByOne {

  private YearsOneByOne() {}

  public static YearFigures of(
      int year,
      Dimension dimension,
      Function<Query, Figures> figures,
      Function<Query, Map<String, Figures>> breakdown) {
    List<Figures> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      YearMonth m = YearMonth.of(year, month);
      months.add(
          figures.apply(new Query(new Period(m.atDay(1), m.atEndOfMonth()), Map.of(), null)));
    }
    return new YearFigures(
        figures.apply(new Query(Period.ofYear(year), Map.of(), null)),
        months,
        breakdown.apply(new Query(Period.ofYear(year), Map.of(), dimension)));
  }
}
