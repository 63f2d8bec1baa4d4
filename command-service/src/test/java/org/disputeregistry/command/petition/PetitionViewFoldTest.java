package org.disputeregistry.command.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.step;
import static org.disputeregistry.command.petition.PetitionCaseTest.ACCEPTED;
import static org.disputeregistry.command.petition.PetitionCaseTest.APRIL_10;
import static org.disputeregistry.command.petition.PetitionCaseTest.MARCH_5;
import static org.disputeregistry.command.petition.PetitionCaseTest.REGISTERED;
import static org.disputeregistry.command.petition.PetitionCaseTest.REPLIED;

import java.time.LocalDate;
import org.disputeregistry.command.lifecycle.RunningDeadline;
import org.disputeregistry.events.petition.PetitionAssignedEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A petition's view lists every limit running now, with its article. */
class PetitionViewFoldTest {

  private static PetitionView fold(Object... events) {
    PetitionViewFold fold = new PetitionViewFold();
    for (Object event : events) {
      fold.on(event);
    }
    return fold.view(events.length - 1);
  }

  @Test
  @DisplayName("Art. 29 (2022): a registered petition awaits its acceptance")
  void registeredAwaitsAcceptance() {
    assertThat(fold(REGISTERED).deadlines())
        .containsExactly(
            new RunningDeadline(
                "ACCEPTANCE", "nextDueOn", REGISTERED.acceptanceDueOn(), "信访工作条例 (2022) Art. 29"));
  }

  @Test
  @DisplayName("Art. 34 (2022): an assigned petition awaits its reply and the department's answer")
  void assignedAwaitsTheReplyAndTheDepartment() {
    LocalDate april5 = LocalDate.of(2023, 4, 5);
    PetitionView view =
        fold(
            REGISTERED,
            ACCEPTED,
            new PetitionAssignedEvent(CASE, step(2), MARCH_5, "光明区住房和建设局", april5));

    assertThat(view.deadlines())
        .containsExactly(
            new RunningDeadline(
                "REPLY", "nextDueOn", ACCEPTED.replyDueOn(), "信访工作条例 (2022) Art. 34"),
            new RunningDeadline(
                "ASSIGNMENT",
                "departmentDueOn",
                april5,
                "set by the assigning office (信访工作条例 (2022))"));
    assertThat(view.nextDueOn()).as("the earliest statutory one").isEqualTo(ACCEPTED.replyDueOn());
  }

  @Test
  @DisplayName("Art. 35 (2022): a replied petition's review may be asked for until its due date")
  void repliedAwaitsAReviewRequest() {
    assertThat(fold(REGISTERED, ACCEPTED, REPLIED).deadlines())
        .extracting(RunningDeadline::kind, RunningDeadline::dueOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("REVIEW_REQUEST", REPLIED.reviewRequestDueOn()));
    assertThat(APRIL_10).isBefore(REPLIED.reviewRequestDueOn());
  }
}
