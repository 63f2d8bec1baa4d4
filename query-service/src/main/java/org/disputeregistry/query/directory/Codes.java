package org.disputeregistry.query.directory;

import java.util.Collection;
import java.util.Objects;
import org.disputeregistry.events.Unclassified;

/** The values of a multi-valued dimension as its array column holds them. */
public final class Codes {

  private Codes() {}

  /**
   * Each constant once, in name order; {@code UNKNOWN} alone when none was recorded, so a case is
   * never left out of a breakdown.
   */
  public static String[] distinct(Collection<? extends Enum<?>> values) {
    String[] codes =
        values == null
            ? new String[0]
            : values.stream()
                .filter(Objects::nonNull)
                .map(Enum::name)
                .distinct()
                .sorted()
                .toArray(String[]::new);
    return codes.length == 0 ? new String[] {Unclassified.UNKNOWN.name()} : codes;
  }
}
