package org.disputeregistry.query.counts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A number of cases: those a measure counts in the period, or those of them whose detail is one of
 * some codes (a closed-case figure that counts certain endings).
 *
 * @param among the details counted, or null for all
 */
public record Counted(String name, String zh, String definition, Measure measure, Set<String> among)
    implements Figure<Long> {

  public static Counted of(Measure measure, String zh, String definition) {
    return new Counted(measure.name(), zh, definition, measure, null);
  }

  /** The cases of {@code measure} whose detail is one of {@code codes}. */
  public static Counted among(
      String name, String zh, String definition, Measure measure, Set<? extends Enum<?>> codes) {
    return new Counted(
        name,
        zh,
        definition,
        measure,
        codes.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
  }

  /** The same, for a few codes. */
  public static Counted among(
      String name, String zh, String definition, Measure measure, Enum<?>... codes) {
    return among(name, zh, definition, measure, Set.copyOf(Arrays.asList(codes)));
  }

  @Override
  public List<Measure> measures() {
    return List.of(measure);
  }

  /** The cases of the measure in the period, of the counted details only. */
  @Override
  public Optional<String> cases(String part) {
    if (part != null) {
      return Optional.empty();
    }
    String counted = measure.counts(Measure.IN_PERIOD);
    return Optional.of(
        among == null
            ? counted
            : "("
                + counted
                + " AND ("
                + measure.detail()
                + ") IN ("
                + among.stream().sorted().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
                + "))");
  }

  @Override
  public Long of(Tally tally) {
    if (among == null) {
      return tally.cases(measure.name());
    }
    return tally.byDetail(measure.name()).entrySet().stream()
        .filter(e -> among.contains(e.getKey()))
        .mapToLong(e -> e.getValue().cases())
        .sum();
  }
}
