package org.disputeregistry.command.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.step;
import static org.disputeregistry.command.reconsideration.ReconsiderationCaseTest.acceptedOrdinary;
import static org.disputeregistry.command.reconsideration.ReconsiderationCaseTest.received;

import java.time.LocalDate;
import org.disputeregistry.command.lifecycle.RunningDeadline;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.ReconsiderationCopySentToRespondentEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationResumedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationReviewActivityRecordedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReviewActivity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a client reads of a case is folded from its events, as the case itself moves. */
class ReconsiderationViewFoldTest {

  static final LocalDate APRIL_1 = LocalDate.of(2023, 4, 1);
  static final LocalDate APRIL_11 = LocalDate.of(2023, 4, 11);

  private static ReconsiderationView fold(Object... events) {
    ReconsiderationViewFold fold = new ReconsiderationViewFold();
    for (Object event : events) {
      fold.on(event);
    }
    return fold.view(events.length - 1);
  }

  @Test
  void givenReceivedThenOnlyTheReviewDueDateIsShown() {
    ReconsiderationView view = fold(received());

    assertThat(view.state()).isEqualTo("RECEIVED");
    assertThat(view.version()).isZero();
    assertThat(view.reviewDueOn()).isEqualTo(LocalDate.of(2023, 3, 8));
    assertThat(view.correctionDueOn()).isNull();
    assertThat(view.decisionDueOn()).isNull();
  }

  @Test
  @DisplayName("Art. 17, Art. 23, Art. 31 (2017): every running limit is listed with its article")
  void everyRunningLimitIsListedWithItsArticle() {
    assertThat(fold(received()).deadlines())
        .containsExactly(
            new RunningDeadline(
                "REVIEW",
                "reviewDueOn",
                LocalDate.of(2023, 3, 8),
                "行政复议法 (2017) Art. 17, Art. 40"));
    RunningDeadline decision =
        new RunningDeadline(
            "DECISION", "decisionDueOn", LocalDate.of(2023, 5, 4), "行政复议法 (2017) Art. 31");
    assertThat(fold(received(), acceptedOrdinary()).deadlines())
        .as("two at once: the copy to the respondent and the decision")
        .containsExactly(
            new RunningDeadline(
                "COPY_TO_RESPONDENT",
                "copyDueOn",
                LocalDate.of(2023, 3, 14),
                "行政复议法 (2017) Art. 23, Art. 40"),
            decision);
    var copySent =
        new ReconsiderationCopySentToRespondentEvent(
            CASE, step(2), LocalDate.of(2023, 3, 10), LocalDate.of(2023, 3, 20));
    assertThat(fold(received(), acceptedOrdinary(), copySent).deadlines())
        .containsExactly(
            new RunningDeadline(
                "RESPONDENT_REPLY",
                "respondentReplyDueOn",
                LocalDate.of(2023, 3, 20),
                "行政复议法 (2017) Art. 23"),
            decision);
    assertThat(
            fold(
                    received(),
                    acceptedOrdinary(),
                    copySent,
                    new ReconsiderationReviewActivityRecordedEvent(
                        CASE, step(3), ReviewActivity.RESPONDENT_ANSWERED, APRIL_1))
                .deadlines())
        .as("the respondent answered")
        .containsExactly(decision);
    assertThat(
            fold(
                    received(),
                    acceptedOrdinary(),
                    copySent,
                    new ReconsiderationSuspendedEvent(CASE, step(3), APRIL_1, "等待鉴定结论"))
                .deadlines())
        .as("a suspended decision's clock stands still")
        .extracting(RunningDeadline::kind)
        .containsExactly("RESPONDENT_REPLY");
  }

  @Test
  void givenCorrectionRequestedThenTheApplicantsLastDayReplacesTheReviewDueDate() {
    ReconsiderationView view =
        fold(
            received(),
            new ReconsiderationCorrectionRequestedEvent(
                CASE, step(1), LocalDate.of(2023, 3, 3), "身份证明", LocalDate.of(2023, 3, 13)));

    assertThat(view.state()).isEqualTo("AWAITING_CORRECTION");
    assertThat(view.reviewDueOn()).isNull();
    assertThat(view.correctionDueOn()).isEqualTo(LocalDate.of(2023, 3, 13));
  }

  @Test
  void givenSuspendedThenTheClockStandsStillSinceTheSuspension() {
    ReconsiderationView view =
        fold(
            received(),
            acceptedOrdinary(),
            new ReconsiderationSuspendedEvent(CASE, step(2), APRIL_1, "行政诉讼"));

    assertThat(view.state()).isEqualTo("SUSPENDED");
    assertThat(view.suspendedSince()).isEqualTo(APRIL_1);
    assertThat(view.decisionDueOn()).isEqualTo(LocalDate.of(2023, 5, 4));
  }

  @Test
  void givenResumedAndDecidedThenDueLaterByTheStoppedDaysAndClosedByTheDecision() {
    ReconsiderationView view =
        fold(
            received(),
            acceptedOrdinary(),
            new ReconsiderationSuspendedEvent(CASE, step(2), APRIL_1, "行政诉讼"),
            new ReconsiderationResumedEvent(CASE, step(3), APRIL_11, LocalDate.of(2023, 5, 12)),
            new ReconsiderationDecidedEvent(
                CASE, step(4), LocalDate.of(2023, 5, 10), DecisionOutcome.UPHELD));

    assertThat(view.state()).isEqualTo("CLOSED");
    assertThat(view.suspendedSince()).isNull();
    assertThat(view.decisionDueOn()).isEqualTo(LocalDate.of(2023, 5, 12));
    assertThat(view.acceptedOn()).isEqualTo(LocalDate.of(2023, 3, 3));
    assertThat(view.ending()).isEqualTo(ReconsiderationEnding.DECISION);
    assertThat(view.endingDetail()).isEqualTo("UPHELD");
    assertThat(view.closedOn()).isEqualTo(LocalDate.of(2023, 5, 10));
  }
}
