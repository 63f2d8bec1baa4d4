package org.disputeregistry.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * An exact amount with its ISO 4217 currency, e.g. {@code
 * {"amount":"1250000.00","currency":"CNY"}}. The amount travels as a string: JSON numbers become
 * doubles in many consumers, which cannot hold 17 significant digits or keep the scale.
 */
public record Money(
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {}
