package org.disputeregistry.query.counts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disputeregistry.query.statistics.Amount;

/** Exact sums of a measure's amounts per currency (its detail), CNY first, then by code. */
public record PerCurrency(String name, String zh, String definition, Measure measure)
    implements Figure<List<Amount>> {

  public static final String CNY = "CNY";

  @Override
  public List<Measure> measures() {
    return List.of(measure);
  }

  /** A currency code: the only text of a request put into the drill-down's SQL as it is. */
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  /** The cases whose contributions it sums; of one currency's amounts ({@code part}: its code). */
  @Override
  public Optional<String> cases(String part) {
    String counted = measure.counts(Measure.IN_PERIOD);
    if (part == null) {
      return Optional.of(counted);
    }
    return CURRENCY.matcher(part).matches()
        ? Optional.of("(" + counted + " AND (" + measure.detail() + ") = '" + part + "')")
        : Optional.empty();
  }

  @Override
  public List<Amount> of(Tally tally) {
    return tally.byDetail(measure.name()).entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Total> e) -> !e.getKey().equals(CNY))
                .thenComparing(Map.Entry::getKey))
        .map(e -> new Amount(e.getKey(), e.getValue().amount(), e.getValue().cases()))
        .toList();
  }
}
