package org.disputeregistry.query.counts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disputeregistry.query.statistics.Rate;

/**
 * A rate: the sum of some counts over the sum of others, with its name and rule in both languages
 * ({@link Rate} rounds it).
 *
 * @param nameEn its English name in the rate's JSON ("mediation rate")
 * @param definitionZh the rule in Chinese ({@link #definition()} in English)
 */
public record RateFigure(
    String name,
    String nameEn,
    String zh,
    String definition,
    String definitionZh,
    List<Counted> numerator,
    List<Counted> denominator)
    implements Figure<Rate> {

  @Override
  public List<Measure> measures() {
    return Stream.concat(numerator.stream(), denominator.stream())
        .map(Counted::measure)
        .distinct()
        .toList();
  }

  /** The cases of the {@code numerator} or of the {@code denominator}: a rate is no count. */
  @Override
  public Optional<String> cases(String part) {
    List<Counted> counts =
        "numerator".equals(part) ? numerator : "denominator".equals(part) ? denominator : List.of();
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        counts.stream()
            .map(c -> c.cases(null).orElseThrow())
            .collect(Collectors.joining(" OR ", "(", ")")));
  }

  @Override
  public Rate of(Tally tally) {
    return Rate.of(
        nameEn, zh, definition, definitionZh, sum(numerator, tally), sum(denominator, tally));
  }

  private static long sum(List<Counted> counts, Tally tally) {
    return counts.stream().mapToLong(c -> c.of(tally)).sum();
  }
}
