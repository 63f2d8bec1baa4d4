package org.disputeregistry.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.disputeregistry.command.rules.Amounts;
import org.disputeregistry.events.Money;

/**
 * An amount of money in a request: an exact decimal (a JSON number, read without rounding) and a
 * currency.
 */
public record MoneyRequest(
    @Schema(description = "Exact decimal, at most 2 decimals", example = "1250000.00")
        @NotNull
        @DecimalMin("0")
        @Digits(integer = 15, fraction = 2)
        BigDecimal amount,
    @Schema(description = "ISO 4217 code", example = "CNY") @NotBlank @Pattern(regexp = "[A-Z]{3}")
        String currency) {

  /** Normalised to the currency's minor unit: a retry with another scale is the same amount. */
  public Money toMoney() {
    return Amounts.normalised(new Money(amount, currency));
  }
}
