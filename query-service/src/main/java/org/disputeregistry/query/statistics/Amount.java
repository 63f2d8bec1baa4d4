package org.disputeregistry.query.statistics;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * The exact sum of the amounts of {@code cases} cases in one currency. The sum travels as a string,
 * like {@code Money} in the events: a JSON number becomes a double in many readers.
 */
public record Amount(
    String currency, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal sum, Long cases) {}
