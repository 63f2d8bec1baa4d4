package org.disputeregistry.deploy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The maximum heap that JVM options give a JVM in a container of a memory limit. */
final class JvmOptions {

  private static final Pattern XMX = Pattern.compile("-Xmx(\\S+)");
  private static final Pattern PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=([\\d.]+)");

  /** The JVM's own default: a quarter of the container's memory. */
  private static final double DEFAULT_PERCENTAGE = 25;

  private JvmOptions() {}

  /** In MiB; {@code memoryLimitMiB} is 0 where the container has no limit (heap unbounded). */
  static long maxHeapMiB(String options, long memoryLimitMiB) {
    String given = options == null ? "" : options;
    Matcher xmx = XMX.matcher(given);
    if (xmx.find()) {
      return Durations.mebibytes(xmx.group(1));
    }
    if (memoryLimitMiB == 0) {
      return Long.MAX_VALUE;
    }
    Matcher percentage = PERCENTAGE.matcher(given);
    double percent =
        percentage.find() ? Double.parseDouble(percentage.group(1)) : DEFAULT_PERCENTAGE;
    return (long) (memoryLimitMiB * percent / 100);
  }
}
