package org.disputeregistry.testsupport;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Polls a service's heap in use from its actuator and keeps the highest sample. */
final class HeapSampler {

  /** The actuator beyond health is for admins. */
  private static final String ADMIN = "admin.he";

  private static final String METRIC = "/actuator/metrics/jvm.memory.used?tag=area:heap";

  /** The first measurement's value in the actuator's answer (no JSON library needed here). */
  private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");

  private final ServiceProcess service;
  private final AtomicLong peak = new AtomicLong();
  private final ScheduledExecutorService poller =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "heap-sampler");
            thread.setDaemon(true);
            return thread;
          });

  private HeapSampler(ServiceProcess service) {
    this.service = service;
  }

  static HeapSampler start(ServiceProcess service, Duration interval) {
    HeapSampler sampler = new HeapSampler(service);
    sampler.poller.scheduleAtFixedRate(
        sampler::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return sampler;
  }

  long peakBytes() {
    return peak.get();
  }

  void stop() {
    poller.shutdownNow();
  }

  /** The value of the actuator's answer for {@code jvm.memory.used}, if it has one. */
  static OptionalLong bytes(String metric) {
    Matcher value = VALUE.matcher(metric);
    return value.find()
        ? OptionalLong.of((long) Double.parseDouble(value.group(1)))
        : OptionalLong.empty();
  }

  private void sample() {
    try {
      bytes(service.getAs(ADMIN, METRIC).body())
          .ifPresent(bytes -> peak.accumulateAndGet(bytes, Math::max));
    } catch (IOException | RuntimeException stoppingOrBusy) {
      // A sample missed while the service starts, stops or is saturated; the next one counts.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
