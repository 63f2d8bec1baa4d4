package org.disputeregistry.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The report's languages, each with its way of writing numbers, money, dates and labels. */
public enum Language {
  ZH("zh", Locale.SIMPLIFIED_CHINESE, "yyyy年M月d日"),
  EN("en", Locale.UK, "d MMMM yyyy");

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final String[] EN_MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private final String code;
  private final DateTimeFormatter dates;

  Language(String code, Locale locale, String datePattern) {
    this.code = code;
    // Report dates are the district's dates.
    this.dates =
        DateTimeFormatter.ofPattern(datePattern, locale).withZone(ZoneId.of("Asia/Shanghai"));
  }

  public String code() {
    return code;
  }

  public static Language of(String code) {
    for (Language language : values()) {
      if (language.code.equalsIgnoreCase(code)) {
        return language;
      }
    }
    throw new IllegalArgumentException("Unknown language " + code + " (zh or en)");
  }

  /** 1130000 → "1,130,000". */
  String count(long value) {
    return grouped(0).format(value);
  }

  /**
   * A count as a sentence of the report writes it: "113万" in Chinese for ten thousand and more,
   * "1.13 million" in English for a million and more.
   */
  String headlineCount(long value) {
    BigDecimal v = BigDecimal.valueOf(value);
    if (this == ZH && value >= 10_000) {
      return plain(v.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)) + "万";
    }
    if (this == EN && value >= 1_000_000) {
      return plain(v.divide(MILLION, 2, RoundingMode.HALF_UP)) + " million";
    }
    return count(value);
  }

  /** 51.11 → "51.11%"; a rate without cases is a dash. */
  String percent(AnnualTotals.Rate rate) {
    return rate == null || rate.percent() == null
        ? "—"
        : grouped(2).format(rate.percent().setScale(2, RoundingMode.HALF_UP)) + "%";
  }

  /**
   * Amounts in every currency, CNY first as the totals give them: Chinese in 万元 (万美元, 万港元), English
   * in millions of the currency; no amount at all is none in yuan.
   */
  String money(List<AnnualTotals.Amount> amounts) {
    if (amounts == null) {
      return "—";
    }
    if (amounts.isEmpty()) {
      return money(new AnnualTotals.Amount("CNY", BigDecimal.ZERO, 0L));
    }
    List<String> each = amounts.stream().map(this::money).toList();
    if (this == ZH || each.size() == 1) {
      return String.join(this == ZH ? "、" : ", ", each);
    }
    return String.join(", ", each.subList(0, each.size() - 1))
        + " and "
        + each.get(each.size() - 1);
  }

  private String money(AnnualTotals.Amount money) {
    if (this == ZH) {
      String amount = grouped(2).format(money.sum().divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
      return amount
          + switch (money.currency()) {
            case "CNY" -> "万元";
            case "USD" -> "万美元";
            case "HKD" -> "万港元";
            default -> "万" + money.currency();
          };
    }
    return money.currency()
        + " "
        + grouped(2).format(money.sum().divide(MILLION, 2, RoundingMode.HALF_UP))
        + " million";
  }

  String days(BigDecimal days) {
    return days == null ? "—" : grouped(1).format(days.setScale(1, RoundingMode.HALF_UP));
  }

  String date(Instant instant) {
    return dates.format(instant);
  }

  String month(int month) {
    return this == ZH ? month + "月" : EN_MONTHS[month - 1];
  }

  String label(String zh, String en) {
    return this == ZH ? zh : en;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static DecimalFormat grouped(int decimals) {
    DecimalFormat format =
        new DecimalFormat(
            decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
            DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
