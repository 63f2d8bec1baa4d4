package org.disputeregistry.command.rules;

import java.util.Currency;
import org.disputeregistry.events.Money;

/** Plausibility of amounts of money. */
public final class Amounts {

  private Amounts() {}

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
