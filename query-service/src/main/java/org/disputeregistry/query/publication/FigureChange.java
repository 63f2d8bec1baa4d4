package org.disputeregistry.query.publication;

import java.math.BigDecimal;

/**
 * How a case changes one published figure: {@code +1} joins it, {@code -1} leaves it, an amount or
 * a number of persons by that much.
 *
 * @param figure the figure's JSON name, with {@code .part} for a rate's numerator or denominator, a
 *     code, a currency or a number of days (the names the case list's {@code figure=} takes)
 * @param breakdown null for the year's figure; {@code street=GUANGMING}, {@code centre=...} or
 *     {@code month=3} for a case that moved within a breakdown without changing the year's figure
 */
public record FigureChange(String figure, String zh, BigDecimal change, String breakdown) {}
