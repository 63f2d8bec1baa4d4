package org.disputeregistry.query.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A statistics request: the period, the filters, and what to break down by. Parsed strictly from
 * the query string: an unknown parameter or a dimension the case type lacks is a 400, not silently
 * ignored.
 */
public record Query(Period period, Map<Dimension, String> filters, Dimension breakdown) {

  private static final Set<String> PERIOD = Set.of("year", "from", "to");

  /** Asks for the URL of each count's cases beside it: the only value is {@code cases}. */
  public static final String LINKS = "links";

  private static final int MAX_VALUE_LENGTH = 200;

  public static Query parse(Map<String, String> parameters, Set<Dimension> supported) {
    Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
    Dimension breakdown = null;
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      String name = p.getKey();
      if (PERIOD.contains(name)) {
        continue;
      }
      if (name.equals(LINKS)) {
        if (!p.getValue().equals("cases")) {
          throw new StatisticsRequestException(LINKS, "links can only be cases");
        }
        continue;
      }
      if (name.equals("by")) {
        breakdown = dimension("by", p.getValue(), supported);
        continue;
      }
      Dimension dimension = dimension(name, name, supported);
      // Empty: the cases without a value (a breakdown's row '', such as no mediator).
      if (!p.getValue().isEmpty() && p.getValue().isBlank()
          || p.getValue().length() > MAX_VALUE_LENGTH) {
        throw new StatisticsRequestException(
            name, name + " must be up to " + MAX_VALUE_LENGTH + " characters, empty for none");
      }
      if (!p.getValue().isEmpty() && !dimension.canHold(p.getValue())) {
        throw new StatisticsRequestException(
            name, "INVALID_CHARACTERS", name + " must be " + dimension.form());
      }
      filters.put(dimension, p.getValue());
    }
    Period period =
        Period.of(
            integer(parameters.get("year")),
            date("from", parameters.get("from")),
            date("to", parameters.get("to")));
    return new Query(period, Collections.unmodifiableMap(filters), breakdown);
  }

  /** The same question of the same period {@code years} earlier ({@link Period#earlier}). */
  public Query earlier(int years) {
    return new Query(period.earlier(years), filters, breakdown);
  }

  /**
   * {@code AND column = :column ...} for the filters, with their values bound; an empty value is
   * the cases without one.
   */
  public String where(MapSqlParameterSource parameters) {
    parameters.addValue("from", period.from()).addValue("to", period.to());
    StringBuilder sql = new StringBuilder();
    filters.forEach(
        (dimension, value) -> {
          if (value.isEmpty()) {
            sql.append(" AND ").append(dimension.none());
          } else {
            sql.append(" AND ").append(dimension.condition());
            parameters.addValue(dimension.column(), value);
          }
        });
    return sql.toString();
  }

  private static Dimension dimension(String parameter, String name, Set<Dimension> supported) {
    return Dimension.ofParameter(name)
        .filter(supported::contains)
        .orElseThrow(
            () ->
                new StatisticsRequestException(
                    parameter,
                    "Unknown "
                        + (parameter.equals("by") ? "breakdown " : "parameter ")
                        + name
                        + "; this case type has "
                        + supported.stream().map(Dimension::parameter).sorted().toList()));
  }

  private static Integer integer(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new StatisticsRequestException("year", "year must be a whole number");
    }
  }

  /** An optional date parameter (yyyy-MM-dd); a 400 naming it if it is not one. */
  public static LocalDate date(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new StatisticsRequestException(name, name + " must be a date (yyyy-MM-dd)");
    }
  }
}
