package org.disputeregistry.statutory.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.statutory.law.PetitionRegulation.XINFANG_2005;
import static org.disputeregistry.statutory.law.PetitionRegulation.XINFANG_WORK_2022;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PetitionRegulationTest {

  @Test
  @DisplayName("信访工作条例 (2022) governs petitions registered from 2022-05-01")
  void versionByRegistrationDate() {
    assertThat(PetitionRegulation.inForceOn(LocalDate.of(2022, 4, 30))).isEqualTo(XINFANG_2005);
    assertThat(PetitionRegulation.inForceOn(LocalDate.of(2022, 5, 1))).isEqualTo(XINFANG_WORK_2022);
  }

  @Test
  @DisplayName("Art. 29 (2022) / Art. 22 (2005): 15 days to accept, off a rest day")
  void acceptance() {
    // 15 days from 2023-09-21 end on 10-06, in the National Day break: Saturday 10-07 is worked.
    assertThat(XINFANG_WORK_2022.acceptance().dueOn(LocalDate.of(2023, 9, 21)))
        .isEqualTo(LocalDate.of(2023, 10, 7));
    assertThat(XINFANG_WORK_2022.acceptance().source()).isEqualTo("信访工作条例 (2022) Art. 29");
    assertThat(XINFANG_2005.acceptance().source()).isEqualTo("信访条例 (2005) Art. 22");
  }

  @Test
  @DisplayName("Art. 34 (2022) / Art. 33 (2005): 60 days to reply, extensible once by 30")
  void reply() {
    StatutoryPeriod reply = XINFANG_WORK_2022.reply();
    assertThat(reply.days()).isEqualTo(60);
    assertThat(reply.maxExtensionDays()).isEqualTo(30);
    assertThat(reply.source()).endsWith("Art. 34");
    assertThat(XINFANG_2005.reply().source()).endsWith("Art. 33");
  }

  @Test
  @DisplayName("Art. 35, 36 (2022) / Art. 34, 35 (2005): review and re-review, 30 days each")
  void reviews() {
    assertThat(XINFANG_WORK_2022.reviewRequest().source()).endsWith("Art. 35");
    assertThat(XINFANG_WORK_2022.reviewDecision().days()).isEqualTo(30);
    assertThat(XINFANG_WORK_2022.reReviewRequest().source()).endsWith("Art. 36");
    assertThat(XINFANG_2005.reReviewDecision().source()).endsWith("Art. 35");
    // 30 days from 2024-01-11 end on 02-10, in the Spring Festival break (02-10..17).
    assertThat(XINFANG_WORK_2022.reviewRequest().dueOn(LocalDate.of(2024, 1, 11)))
        .isEqualTo(LocalDate.of(2024, 2, 18));
  }
}
