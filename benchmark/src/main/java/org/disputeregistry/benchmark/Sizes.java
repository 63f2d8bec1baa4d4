package org.disputeregistry.benchmark;

import java.time.Duration;

/**
 * Every size of the suite, from {@code bench.*} system properties; defaults keep it near 15 min.
 */
record Sizes(
    int runs,
    int clients,
    Duration warmUp,
    Duration warmUpMax,
    Duration commandTime,
    int backfillCases,
    int backfillVersusHttpCases,
    int freshnessRate,
    Duration freshnessTime,
    long bigEvents,
    int queryClients,
    Duration queryTime) {

  static Sizes fromSystemProperties() {
    return new Sizes(
        Integer.getInteger("bench.runs", 3),
        Integer.getInteger("bench.clients", 16),
        Duration.ofSeconds(Integer.getInteger("bench.warmUpSeconds", 30)),
        Duration.ofSeconds(Integer.getInteger("bench.warmUpMaxSeconds", 300)),
        Duration.ofSeconds(Integer.getInteger("bench.commandSeconds", 10)),
        Integer.getInteger("bench.backfillCases", 4000),
        Integer.getInteger("bench.backfillVersusHttpCases", 2000),
        Integer.getInteger("bench.freshnessRate", 1000),
        Duration.ofSeconds(Integer.getInteger("bench.freshnessSeconds", 15)),
        Long.getLong("bench.bigEvents", 10_000_000L),
        Integer.getInteger("bench.queryClients", 4),
        Duration.ofSeconds(Integer.getInteger("bench.querySeconds", 10)));
  }
}
