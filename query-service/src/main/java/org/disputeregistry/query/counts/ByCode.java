package org.disputeregistry.query.counts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputeregistry.query.statistics.Labelled;

/**
 * A measure's cases split by its detail, a code of an enum with labels, in the enum's order; codes
 * without cases are left out.
 */
public record ByCode<E extends Enum<E> & ByCode.Code>(
    String name, String zh, String definition, Measure measure, Class<E> codes)
    implements Figure<List<Labelled>> {

  /** A code with its labels for reports. */
  public interface Code {
    String zh();

    String en();
  }

  @Override
  public List<Measure> measures() {
    return List.of(measure);
  }

  /** The cases of the measure, or of one of its codes ({@code part}). */
  @Override
  public Optional<String> cases(String part) {
    String counted = measure.counts(Measure.IN_PERIOD);
    if (part == null) {
      return Optional.of(counted);
    }
    return Arrays.stream(codes.getEnumConstants())
        .filter(c -> c.name().equals(part))
        .findFirst()
        .map(c -> "(" + counted + " AND (" + measure.detail() + ") = '" + c.name() + "')");
  }

  @Override
  public List<Labelled> of(Tally tally) {
    Map<String, Total> byDetail = tally.byDetail(measure.name());
    return Arrays.stream(codes.getEnumConstants())
        .filter(c -> byDetail.containsKey(c.name()))
        .map(c -> new Labelled(c.name(), c.zh(), c.en(), byDetail.get(c.name()).cases()))
        .toList();
  }
}
