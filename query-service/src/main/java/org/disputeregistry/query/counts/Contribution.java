package org.disputeregistry.query.counts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row a case contributes to its type's figures ({@link CaseFigures#contributionsThrough}):
 * under a measure and detail, on a business day, with an amount, in a value of the counters'
 * dimension.
 */
public record Contribution(
    String dimensionValue, String measure, String detail, LocalDate day, BigDecimal amount) {}
