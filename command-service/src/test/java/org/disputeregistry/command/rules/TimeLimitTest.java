package org.disputeregistry.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disputeregistry.statutory.law.ReconsiderationLaw.AMENDED_2017;
import static org.disputeregistry.statutory.law.ReconsiderationLaw.REVISED_2023;

import java.time.LocalDate;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.statutory.law.StatutoryPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

  static final LocalDate MARCH_3 = LocalDate.of(2023, 3, 3);
  static final StatutoryPeriod ORDINARY_2017 = AMENDED_2017.decision(Procedure.ORDINARY);

  @Test
  @DisplayName("Art. 31 (2017): 60 days from 2023-03-03 end in the May Day break, due 2023-05-04")
  void calendarDaysFromTheDayAfterTheStartOffARestDay() {
    assertThat(TimeLimit.of(MARCH_3, ORDINARY_2017).dueOn()).isEqualTo(LocalDate.of(2023, 5, 4));
  }

  @Test
  @DisplayName("Art. 30, Art. 88 (2023): 5 working days from 2024-09-27 is 2024-10-10")
  void workingDays() {
    assertThat(TimeLimit.dueOn(REVISED_2023.review(), LocalDate.of(2024, 9, 27)))
        .isEqualTo(LocalDate.of(2024, 10, 10));
  }

  @Test
  void suspensionAddsTheDaysTheClockStoodStill() {
    TimeLimit limit =
        TimeLimit.of(MARCH_3, ORDINARY_2017)
            .suspend(LocalDate.of(2023, 3, 10))
            .resume(LocalDate.of(2023, 3, 20));

    assertThat(limit.dueOn()).isEqualTo(LocalDate.of(2023, 5, 12));
    assertThat(limit.suspended()).isFalse();
  }

  @Test
  @DisplayName("Art. 62 (2023): suspension, conversion and extension combine; Saturday rolls on")
  void extensionAndSuspensionAndProcedureChangeCombine() {
    LocalDate march1 = LocalDate.of(2024, 3, 1);
    TimeLimit limit =
        TimeLimit.of(march1, REVISED_2023.decision(Procedure.SIMPLIFIED))
            .suspend(LocalDate.of(2024, 3, 10))
            .resume(LocalDate.of(2024, 3, 12))
            .withPeriod(REVISED_2023.decision(Procedure.ORDINARY))
            .extend(30);

    // 60 + 30 + 2 days end on Saturday 2024-06-01.
    assertThat(march1.plusDays(92)).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(limit.dueOn()).isEqualTo(LocalDate.of(2024, 6, 3));
  }

  @Test
  void secondExtensionIsRefused() {
    assertThatThrownBy(() -> TimeLimit.of(MARCH_3, ORDINARY_2017).extend(10).extend(10))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> assertThat(v.code()).isEqualTo(ErrorCode.EXTENSION_ALREADY_USED));
  }

  @Test
  void extensionOfZeroOrMoreThanThirtyDaysIsOutOfRange() {
    assertThatThrownBy(() -> TimeLimit.of(MARCH_3, ORDINARY_2017).extend(0))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.code()).isEqualTo(ErrorCode.OUT_OF_RANGE));
    assertThatThrownBy(() -> TimeLimit.of(MARCH_3, ORDINARY_2017).extend(31))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.code()).isEqualTo(ErrorCode.OUT_OF_RANGE));
  }

  @Test
  @DisplayName("A due date in a year without a State Council notice is refused, naming the year")
  void yearWithoutCalendarIsRefused() {
    assertThatThrownBy(
            () ->
                TimeLimit.dueOn(
                    REVISED_2023.decision(Procedure.ORDINARY), LocalDate.of(2026, 12, 4)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo(ErrorCode.NO_CALENDAR_FOR_YEAR);
              assertThat(v.getMessage())
                  .contains("60 days (行政复议法 (2023) Art. 62) from 2026-12-04")
                  .contains("No statutory calendar for 2027");
            });
  }
}
