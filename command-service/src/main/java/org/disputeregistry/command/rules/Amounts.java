package org.disputeregistry.command.rules;

import java.math.BigDecimal;
import java.util.Currency;
import org.disputeregistry.events.Money;

/** Plausibility of amounts of money. */
public final class Amounts {

  private Amounts() {}

  /**
   * The amount written to its currency's minor unit ({@code 23685299.6} CNY is stored as {@code
   * 23685299.60}, and so is {@code 23685299.600}), so that one amount is always recorded alike
   * whatever the client's scale. An unknown currency or an amount finer than the minor unit is left
   * as it is, for {@link #requireValid} to refuse.
   */
  public static Money normalised(Money money) {
    int minorDigits;
    try {
      minorDigits = Math.max(0, Currency.getInstance(money.currency()).getDefaultFractionDigits());
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return money;
    }
    BigDecimal stripped = money.amount().stripTrailingZeros();
    if (stripped.scale() > minorDigits) {
      return money;
    }
    return new Money(stripped.setScale(minorDigits), money.currency());
  }

  /** Not negative, a known ISO 4217 currency, and no finer than its minor unit (CNY: fen). */
  public static void requireValid(String field, Money money) {
    Currency currency;
    try {
      currency = Currency.getInstance(money.currency());
    } catch (IllegalArgumentException e) {
      throw new RuleViolation(
          ErrorCode.INVALID_AMOUNT,
          field + ".currency",
          money.currency() + " is not an ISO 4217 currency code");
    }
    if (money.amount().signum() < 0) {
      throw new RuleViolation(
          ErrorCode.INVALID_AMOUNT, field + ".amount", field + " must not be negative");
    }
    int minorDigits = Math.max(0, currency.getDefaultFractionDigits());
    if (money.amount().stripTrailingZeros().scale() > minorDigits) {
      throw new RuleViolation(
          ErrorCode.INVALID_AMOUNT,
          field + ".amount",
          field + " has more than " + minorDigits + " decimals for " + currency);
    }
  }
}
