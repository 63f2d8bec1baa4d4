package org.disputeregistry.command.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * The operators' warning of a missing next year, on fixed clocks: the registry holds 2020 to 2026
 * (2030's and 2031's notices will never be in this test's way).
 */
class StatutoryCalendarHealthIndicatorTest {

  private static StatutoryCalendarHealthIndicator on(String instant) {
    return new StatutoryCalendarHealthIndicator(
        Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai")));
  }

  @Test
  void nextYearHeldIsUpWithItsNotice() {
    Health health = on("2025-12-01T02:00:00Z").health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("nextYear", 2026)
        .containsEntry("notice", "国务院办公厅关于2026年部分节假日安排的通知")
        .doesNotContainKey("warning");
  }

  @Test
  void nextYearMissingFromTheFirstOfOctoberIsAWarningThatKeepsTheServiceUp() {
    StatutoryCalendarHealthIndicator indicator = on("2030-10-01T00:00:00Z");
    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("nextYear", 2031).containsKey("warning");
    assertThat((String) health.getDetails().get("warning"))
        .contains("2031", "REGISTRY_STATUTORY_CALENDAR_DIR", "NO_CALENDAR_FOR_YEAR");
    assertThat(indicator.warning()).isPresent();
  }

  @Test
  void nextYearMissingBeforeOctoberIsNoWarningYet() {
    StatutoryCalendarHealthIndicator indicator = on("2030-09-30T12:00:00Z");

    assertThat(indicator.health().getDetails())
        .containsEntry("notice", "absent")
        .doesNotContainKey("warning");
    assertThat(indicator.warning()).isEmpty();
  }
}
