package org.disputeregistry.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

  static final LocalDate MARCH_3 = LocalDate.of(2023, 3, 3);

  @Test
  void dueDateCountsCalendarDaysFromTheDayAfterTheStart() {
    assertThat(TimeLimit.of(MARCH_3, 60).dueOn()).isEqualTo(LocalDate.of(2023, 5, 2));
  }

  @Test
  void suspensionAddsTheDaysTheClockStoodStill() {
    TimeLimit limit =
        TimeLimit.of(MARCH_3, 60)
            .suspend(LocalDate.of(2023, 3, 10))
            .resume(LocalDate.of(2023, 3, 20));

    assertThat(limit.dueOn()).isEqualTo(LocalDate.of(2023, 5, 12));
    assertThat(limit.suspended()).isFalse();
  }

  @Test
  void extensionAndSuspensionAndProcedureChangeCombine() {
    TimeLimit limit =
        TimeLimit.of(MARCH_3, 30)
            .suspend(LocalDate.of(2023, 3, 10))
            .resume(LocalDate.of(2023, 3, 12))
            .withDays(60)
            .extend(30);

    assertThat(limit.dueOn()).isEqualTo(MARCH_3.plusDays(92));
  }

  @Test
  void secondExtensionIsRefused() {
    assertThatThrownBy(() -> TimeLimit.of(MARCH_3, 60).extend(10).extend(10))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> assertThat(v.code()).isEqualTo(ErrorCode.EXTENSION_ALREADY_USED));
  }

  @Test
  void extensionOfZeroOrMoreThanThirtyDaysIsOutOfRange() {
    assertThatThrownBy(() -> TimeLimit.of(MARCH_3, 60).extend(0))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.code()).isEqualTo(ErrorCode.OUT_OF_RANGE));
    assertThatThrownBy(() -> TimeLimit.of(MARCH_3, 60).extend(31))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.code()).isEqualTo(ErrorCode.OUT_OF_RANGE));
  }
}
