package org.disputeregistry.deploy;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations and sizes as Spring, Kubernetes and Compose write them. */
final class Durations {

  private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h)");

  /** Binary sizes only: Kubernetes' Ki/Mi/Gi or the JVM's k/m/g (both powers of 1024). */
  private static final Pattern SIZE = Pattern.compile("(\\d+)(Ki|Mi|Gi|[kKmMgG])");

  private Durations() {}

  /** "30s", "1m", "500ms": a unit is required (a bare number is ms to Spring, not to Compose). */
  static Duration parse(String text) {
    Matcher matcher = SIMPLE.matcher(text.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not a simple duration: " + text);
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofSeconds(amount);
    };
  }

  /** A Kubernetes memory quantity ("1Gi", "512Mi") or a JVM size ("512m", "1g"), in MiB. */
  static long mebibytes(String text) {
    Matcher matcher = SIZE.matcher(text.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not a binary memory size: " + text);
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2).toLowerCase(java.util.Locale.ROOT)) {
      case "k", "ki" -> amount / 1024;
      case "m", "mi" -> amount;
      default -> amount * 1024;
    };
  }
}
