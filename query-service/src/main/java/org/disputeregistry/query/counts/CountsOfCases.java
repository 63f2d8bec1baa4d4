package org.disputeregistry.query.counts;

import java.util.ArrayList;
import java.util.List;
import org.disputeregistry.query.statistics.Amount;
import org.disputeregistry.query.statistics.Labelled;
import org.disputeregistry.query.statistics.Rate;

/**
 * The counts of cases in an answer of figures, each by the name the drill-down takes ({@code GET
 * /api/cases?figure=}): a count, open cases, a rate's {@code .numerator} and {@code .denominator},
 * a figure by code and each {@code .CODE} of it, amounts (their cases) and each {@code .CURRENCY}
 * of them. Durations and sums of persons are no counts of cases; a count the answer does not show
 * (suppressed) has none.
 */
public final class CountsOfCases {

  private CountsOfCases() {}

  public static List<String> in(CaseFigures type, Figures figures) {
    List<String> names = new ArrayList<>();
    for (Figure<?> figure : type.figures()) {
      if (!(figure instanceof Counted
          || figure instanceof OpenCases
          || figure instanceof RateFigure
          || figure instanceof ByCode<?>
          || figure instanceof PerCurrency)) {
        continue;
      }
      Object value = figures.values().get(figure.name());
      String name = figure.name();
      if (value instanceof Rate rate) {
        if (rate.numerator() != null) {
          names.add(name + ".numerator");
          names.add(name + ".denominator");
        }
      } else if (figure instanceof ByCode<?> && value instanceof List<?> codes) {
        names.add(name);
        codes.forEach(c -> names.add(name + "." + ((Labelled) c).code()));
      } else if (figure instanceof PerCurrency && value instanceof List<?> amounts) {
        names.add(name);
        amounts.forEach(a -> names.add(name + "." + ((Amount) a).currency()));
      } else if (value != null) {
        names.add(name);
      }
    }
    return names;
  }
}
