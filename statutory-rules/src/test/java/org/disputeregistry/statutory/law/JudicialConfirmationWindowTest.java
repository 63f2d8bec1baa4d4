package org.disputeregistry.statutory.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JudicialConfirmationWindowTest {

  @Test
  @DisplayName("民事诉讼法 (2023) Art. 205: 30 days from 2024-09-01 end in National Day: 10-08")
  void thirtyDaysOffARestDay() {
    StatutoryPeriod window = JudicialConfirmationWindow.window(LocalDate.of(2024, 9, 1));

    assertThat(window.dueOn(LocalDate.of(2024, 9, 1))).isEqualTo(LocalDate.of(2024, 10, 8));
    assertThat(window.source()).isEqualTo("民事诉讼法 (2023) Art. 205");
  }

  @Test
  @DisplayName("Art. 201 (2021) for agreements in 2022 and 2023, Art. 194 (2017) before")
  void articleOfTheNumberingInForce() {
    assertThat(JudicialConfirmationWindow.window(LocalDate.of(2023, 12, 31)).source())
        .isEqualTo("民事诉讼法 (2021) Art. 201");
    assertThat(JudicialConfirmationWindow.window(LocalDate.of(2021, 12, 31)).source())
        .isEqualTo("民事诉讼法 (2017) Art. 194");
  }
}
