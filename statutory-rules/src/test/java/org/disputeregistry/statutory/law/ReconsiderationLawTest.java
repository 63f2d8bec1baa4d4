package org.disputeregistry.statutory.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disputeregistry.statutory.law.ReconsiderationLaw.AMENDED_2017;
import static org.disputeregistry.statutory.law.ReconsiderationLaw.REVISED_2023;

import java.time.LocalDate;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each rule that differs between the versions, named by its article, on real dates. */
class ReconsiderationLawTest {

  @Test
  @DisplayName("Art. 90 (2023): applications received from 2024-01-01 follow the revision")
  void versionByReceiptDate() {
    assertThat(ReconsiderationLaw.inForceOn(LocalDate.of(2023, 12, 31))).isEqualTo(AMENDED_2017);
    assertThat(ReconsiderationLaw.inForceOn(LocalDate.of(2024, 1, 1))).isEqualTo(REVISED_2023);
  }

  @Test
  @DisplayName("Art. 30, Art. 88 (2023): 5 working days to review, 2024-09-27 -> 2024-10-10")
  void review2023() {
    assertThat(REVISED_2023.review().dueOn(LocalDate.of(2024, 9, 27)))
        .isEqualTo(LocalDate.of(2024, 10, 10));
    assertThat(REVISED_2023.review().source()).contains("Art. 30").contains("Art. 88");
  }

  @Test
  @DisplayName("Art. 17, Art. 40 (2017): 5 working days to review, 2023-04-27 -> 2023-05-08")
  void review2017() {
    // 04-28 Fri, 04-29..05-03 holiday, 05-04, 05-05, 05-06 (make-up Saturday), 05-08.
    assertThat(AMENDED_2017.review().dueOn(LocalDate.of(2023, 4, 27)))
        .isEqualTo(LocalDate.of(2023, 5, 8));
  }

  @Test
  @DisplayName("Art. 31, Art. 88 (2023): 10 working days to complete, extensible")
  void correction2023() {
    assertThat(REVISED_2023.correction().count()).isEqualTo(DayCount.WORKING_DAYS);
    assertThat(REVISED_2023.correction().dueOn(LocalDate.of(2024, 9, 27)))
        .isEqualTo(LocalDate.of(2024, 10, 16));
    assertThat(REVISED_2023.correctionExtensible()).isTrue();
  }

  @Test
  @DisplayName(
      "Art. 31 (2023): the correction period extended by 5 working days, 2024-10-16 -> 2024-10-23")
  void correctionExtended2023() {
    assertThat(REVISED_2023.correction().dueOn(LocalDate.of(2024, 9, 27), 5))
        .isEqualTo(LocalDate.of(2024, 10, 23));
    assertThatThrownBy(() -> REVISED_2023.correction().dueOn(LocalDate.of(2024, 9, 27), 11))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "Art. 30 (2023): deemed accepted on the review's last day; Art. 17 (2017): on receipt")
  void deemedAcceptance() {
    LocalDate received = LocalDate.of(2024, 9, 27);
    LocalDate reviewDue = LocalDate.of(2024, 10, 10);
    assertThat(REVISED_2023.deemedAcceptedOn(received, reviewDue)).isEqualTo(reviewDue);
    assertThat(AMENDED_2017.deemedAcceptedOn(received, reviewDue)).isEqualTo(received);
    assertThat(REVISED_2023.deemedAcceptanceSource()).isEqualTo("行政复议法 (2023) Art. 30");
    assertThat(AMENDED_2017.deemedAcceptanceSource()).isEqualTo("行政复议法 (2017) Art. 17");
  }

  @Test
  @DisplayName(
      "Reg. Art. 29 (2007): a reasonable period, counted as 10 calendar days, not extended")
  void correction2017() {
    // 10 days from 2023-09-26 end on 10-06, in the National Day break: the next working day is
    // Saturday 10-07, a make-up day.
    assertThat(AMENDED_2017.correction().dueOn(LocalDate.of(2023, 9, 26)))
        .isEqualTo(LocalDate.of(2023, 10, 7));
    assertThat(AMENDED_2017.correctionExtensible()).isFalse();
  }

  @Test
  @DisplayName("Art. 48 (2023) 10 working days to reply; Art. 23 (2017) 10 calendar days")
  void respondentReply() {
    LocalDate copyReceived = LocalDate.of(2024, 9, 27);
    assertThat(REVISED_2023.respondentReply(Procedure.ORDINARY).dueOn(copyReceived))
        .isEqualTo(LocalDate.of(2024, 10, 16));
    assertThat(AMENDED_2017.respondentReply(Procedure.ORDINARY).dueOn(LocalDate.of(2023, 9, 27)))
        .isEqualTo(LocalDate.of(2023, 10, 7));
    assertThat(REVISED_2023.respondentReply(Procedure.SIMPLIFIED).days()).isEqualTo(5);
    assertThat(REVISED_2023.copyToRespondent(Procedure.SIMPLIFIED).days()).isEqualTo(3);
    assertThat(AMENDED_2017.copyToRespondent(Procedure.ORDINARY).count())
        .isEqualTo(DayCount.WORKING_DAYS);
  }

  @Test
  @DisplayName("Art. 53 (2023): the simplified procedure exists only under the revision")
  void simplifiedProcedure() {
    assertThat(REVISED_2023.provides(Procedure.SIMPLIFIED)).isTrue();
    assertThat(AMENDED_2017.provides(Procedure.SIMPLIFIED)).isFalse();
    assertThat(AMENDED_2017.provides(Procedure.ORDINARY)).isTrue();
    assertThatThrownBy(() -> AMENDED_2017.decision(Procedure.SIMPLIFIED))
        .hasMessageContaining("no SIMPLIFIED procedure")
        .hasMessageContaining("Art. 53");
  }

  @Test
  @DisplayName("Art. 62 (2023): 60 days + 30 ordinary, 30 simplified, off a rest day")
  void decision2023() {
    StatutoryPeriod ordinary = REVISED_2023.decision(Procedure.ORDINARY);
    assertThat(ordinary.maxExtensionDays()).isEqualTo(30);
    // 60 days from 2024-08-02 end on Tuesday 10-01, in the National Day break.
    assertThat(ordinary.dueOn(LocalDate.of(2024, 8, 2))).isEqualTo(LocalDate.of(2024, 10, 8));
    assertThat(REVISED_2023.decision(Procedure.SIMPLIFIED).days()).isEqualTo(30);
    assertThat(REVISED_2023.decision(Procedure.SIMPLIFIED).maxExtensionDays()).isZero();
  }

  @Test
  @DisplayName("Art. 31 (2017): 60 days + 30, 2022-11-23 -> 2023-01-28 (Spring Festival)")
  void decision2017() {
    StatutoryPeriod ordinary = AMENDED_2017.decision(Procedure.ORDINARY);
    assertThat(ordinary.source()).contains("Art. 31");
    assertThat(ordinary.dueOn(LocalDate.of(2022, 11, 23))).isEqualTo(LocalDate.of(2023, 1, 28));
    assertThat(ordinary.dueOn(LocalDate.of(2022, 11, 23), 30)).isEqualTo(LocalDate.of(2023, 2, 21));
  }

  @Test
  @DisplayName("Art. 67 (2023): confirming an act invalid exists only under the revision")
  void decisionTypes() {
    assertThat(AMENDED_2017.provides(DecisionOutcome.CONFIRMED_INVALID)).isFalse();
    assertThat(REVISED_2023.provides(DecisionOutcome.CONFIRMED_INVALID)).isTrue();
    for (DecisionOutcome outcome : DecisionOutcome.values()) {
      if (outcome != DecisionOutcome.CONFIRMED_INVALID) {
        assertThat(AMENDED_2017.provides(outcome)).as(outcome.name()).isTrue();
      }
      assertThat(REVISED_2023.sourceOf(outcome)).startsWith("行政复议法 (2023) Art. 6");
    }
    assertThat(AMENDED_2017.sourceOf(DecisionOutcome.CLAIM_REJECTED)).contains("Art. 48");
  }

  @Test
  @DisplayName("Art. 5, Art. 73 (2023) any case may be mediated; Reg. Art. 50 (2007) fewer")
  void mediationScope() {
    assertThat(REVISED_2023.mediationScope()).isEqualTo(MediationScope.EVERY_CASE);
    assertThat(AMENDED_2017.mediationScope()).isEqualTo(MediationScope.DISCRETION_OR_COMPENSATION);
    assertThat(AMENDED_2017.mediationScope().source()).contains("Art. 50");
  }
}
