package org.disputeregistry.command.petition;

import static org.disputeregistry.command.lifecycle.CaseFixtures.APPROVER;
import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.by;
import static org.disputeregistry.command.lifecycle.CaseFixtures.step;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputeregistry.command.lifecycle.CaseFixtures;
import org.disputeregistry.command.lifecycle.Receipt;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.Violates;
import org.disputeregistry.events.petition.LegalChannel;
import org.disputeregistry.events.petition.PetitionAcceptedEvent;
import org.disputeregistry.events.petition.PetitionAssignedEvent;
import org.disputeregistry.events.petition.PetitionChannel;
import org.disputeregistry.events.petition.PetitionReReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionRedirectedEvent;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.petition.PetitionRepliedEvent;
import org.disputeregistry.events.petition.PetitionReplyExtendedEvent;
import org.disputeregistry.events.petition.PetitionResolvedEvent;
import org.disputeregistry.events.petition.PetitionReviewDecidedEvent;
import org.disputeregistry.events.petition.PetitionReviewRequestedEvent;
import org.disputeregistry.events.petition.PetitionSatisfactionRatedEvent;
import org.disputeregistry.events.petition.ReviewOutcome;
import org.disputeregistry.events.petition.Satisfaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PetitionCaseTest {

  static final LocalDate MARCH_1 = LocalDate.of(2023, 3, 1);
  static final LocalDate MARCH_5 = LocalDate.of(2023, 3, 5);
  static final LocalDate APRIL_10 = LocalDate.of(2023, 4, 10);

  private AggregateTestFixture<PetitionCase> fixture;

  @BeforeEach
  void setUp() {
    fixture = CaseFixtures.fixture(PetitionCase.class, new CaseFixtures.InMemoryCaseNumbers());
  }

  static RegisterPetitionCommand registration(String community) {
    return new RegisterPetitionCommand(
        CASE,
        "光明信〔2023〕512号",
        MARCH_1,
        PetitionChannel.HOTLINE,
        7,
        true,
        false,
        "MATIAN",
        community,
        "HOUSING_AND_CONSTRUCTION");
  }

  static final PetitionRegisteredEvent REGISTERED =
      registration("JIANGSHI").toEvent(LocalDate.of(2023, 3, 16));
  static final PetitionAcceptedEvent ACCEPTED =
      new PetitionAcceptedEvent(CASE, step(1), MARCH_5, LocalDate.of(2023, 5, 4));
  static final PetitionRepliedEvent REPLIED =
      new PetitionRepliedEvent(CASE, step(2), APRIL_10, LocalDate.of(2023, 5, 10));

  @Test
  @DisplayName("Art. 29 (2022): registered 2023-03-01, accepted or not within 15 days")
  void givenNoCaseWhenRegisteredThenAcceptanceDueIn15Days() {
    fixture
        .givenNoPriorActivity()
        .when(registration("JIANGSHI"))
        .expectEvents(REGISTERED)
        .expectResultMessagePayload(new Recorded(Receipt.RECORDED, CASE, null, "REGISTERED", 0));
  }

  @Test
  @DisplayName("Art. 22 (信访条例 2005): registered 2022-04-15, 15 days end in May Day: due 05-05")
  void givenRegisteredBeforeMay2022ThenTheRegulationOf2005() {
    // 15 days from 2022-04-15 end on Saturday 04-30, the first day of the May Day break (04-30 to
    // 05-04); the next working day is Thursday 05-05.
    LocalDate april15 = LocalDate.of(2022, 4, 15);
    var command =
        new RegisterPetitionCommand(
            CASE,
            "光明信〔2022〕1号",
            april15,
            PetitionChannel.VISIT,
            1,
            false,
            false,
            "MATIAN",
            "JIANGSHI",
            "HOUSING_AND_CONSTRUCTION");
    fixture
        .givenNoPriorActivity()
        .when(command)
        .expectEvents(command.toEvent(LocalDate.of(2022, 5, 5)));
  }

  @Test
  void givenNoCaseWhenCommunityUnknownThenUnknownReference() {
    fixture
        .givenNoPriorActivity()
        .when(registration("ATLANTIS"))
        .expectException(Violates.rule(ErrorCode.UNKNOWN_REFERENCE))
        .expectNoEvents();
  }

  @Nested
  class ReplyDueSixtyDaysAfterAcceptance {

    @Test
    @DisplayName("Art. 34 (2022): accepted 2023-03-05, replied within 60 days: 05-04")
    void givenRegisteredWhenAcceptedThenReplyDueIn60Days() {
      fixture
          .given(REGISTERED)
          .when(new AcceptCommand(CASE, step(1), MARCH_5))
          .expectEvents(ACCEPTED);
    }

    @Test
    void givenRegisteredWhenRepliedThenIllegalTransition() {
      fixture
          .given(REGISTERED)
          .when(new ReplyCommand(CASE, step(1), MARCH_5))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenRedirectedWhenAcceptedThenIllegalTransition() {
      fixture
          .given(
              REGISTERED,
              new PetitionRedirectedEvent(CASE, step(1), MARCH_5, LegalChannel.LITIGATION))
          .when(new AcceptCommand(CASE, step(2), MARCH_5))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }
  }

  @Nested
  class OneExtensionOfAtMostThirtyDays {

    static final PetitionReplyExtendedEvent EXTENDED =
        new PetitionReplyExtendedEvent(
            CASE, step(2), APRIL_10, 30, LocalDate.of(2023, 6, 5), APPROVER, "需要协调");

    static ExtendReplyTimeLimitCommand extendedOn(LocalDate on) {
      return new ExtendReplyTimeLimitCommand(CASE, step(2), on, 30, APPROVER, "需要协调");
    }

    @Test
    @DisplayName("Art. 34 (2022): extended the day before the reply is due (2023-05-04)")
    void givenAcceptedWhenExtendedTheDayBeforeTheDueDateThenRecorded() {
      LocalDate may3 = ACCEPTED.replyDueOn().minusDays(1);
      fixture
          .given(REGISTERED, ACCEPTED)
          .when(extendedOn(may3), by("petition.wang"))
          .expectEvents(
              new PetitionReplyExtendedEvent(
                  CASE, step(2), may3, 30, LocalDate.of(2023, 6, 5), APPROVER, "需要协调"));
    }

    @Test
    @DisplayName("Art. 34 (2022): an extension on or after the due date (2023-05-04) is refused")
    void givenAcceptedWhenExtendedOnOrAfterTheDueDateThenExtensionAfterDueDate() {
      for (LocalDate late : List.of(ACCEPTED.replyDueOn(), ACCEPTED.replyDueOn().plusDays(20))) {
        fixture
            .given(REGISTERED, ACCEPTED)
            .when(extendedOn(late))
            .expectException(Violates.rule(ErrorCode.EXTENSION_AFTER_DUE_DATE))
            .expectNoEvents();
      }
    }

    @Test
    @DisplayName(
        "Art. 34 (2022): an extension is approved by the head of the office, not its recorder")
    void givenAcceptedWhenTheRecorderApprovesTheExtensionThenApproverIsActor() {
      fixture
          .given(REGISTERED, ACCEPTED)
          .when(extendedOn(APRIL_10), by(APPROVER))
          .expectException(Violates.rule(ErrorCode.APPROVER_IS_ACTOR))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 34 (2022): 60 + 30 days from 03-05 end on Saturday 06-03: due Monday 06-05")
    void givenAcceptedWhenExtendedBy30DaysThenReplyDue90DaysAfterAcceptance() {
      fixture
          .given(REGISTERED, ACCEPTED)
          .when(new ExtendReplyTimeLimitCommand(CASE, step(2), APRIL_10, 30, APPROVER, "需要协调"))
          .expectEvents(EXTENDED);
    }

    @Test
    void givenExtendedWhenExtendedAgainThenExtensionAlreadyUsed() {
      fixture
          .given(REGISTERED, ACCEPTED, EXTENDED)
          .when(new ExtendReplyTimeLimitCommand(CASE, step(3), APRIL_10, 1, APPROVER, "需要协调"))
          .expectException(Violates.rule(ErrorCode.EXTENSION_ALREADY_USED))
          .expectNoEvents();
    }
  }

  @Nested
  class Assignment {

    @Test
    void givenAcceptedWhenAssignedWithADueDateThenRecorded() {
      PetitionAssignedEvent assigned =
          new PetitionAssignedEvent(CASE, step(2), MARCH_5, "光明区住房和建设局", APRIL_10);
      fixture
          .given(REGISTERED, ACCEPTED)
          .when(new AssignCommand(CASE, step(2), MARCH_5, "光明区住房和建设局", APRIL_10))
          .expectEvents(assigned);
    }

    @Test
    void givenAcceptedWhenDueBeforeAssignmentThenDateBeforePreviousStep() {
      fixture
          .given(REGISTERED, ACCEPTED)
          .when(new AssignCommand(CASE, step(2), APRIL_10, "局", MARCH_5))
          .expectException(Violates.rule(ErrorCode.DATE_BEFORE_PREVIOUS_STEP))
          .expectNoEvents();
    }
  }

  @Nested
  class ResolutionAndSatisfactionOnceAfterReply {

    @Test
    void givenRepliedWhenResolvedThenRecorded() {
      fixture
          .given(REGISTERED, ACCEPTED, REPLIED)
          .when(new RecordResolvedCommand(CASE, step(3), APRIL_10))
          .expectEvents(new PetitionResolvedEvent(CASE, step(3), APRIL_10));
    }

    @Test
    void givenAcceptedWhenResolvedThenIllegalTransition() {
      fixture
          .given(REGISTERED, ACCEPTED)
          .when(new RecordResolvedCommand(CASE, step(2), APRIL_10))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenResolvedWhenNotResolvedThenIllegalTransition() {
      fixture
          .given(REGISTERED, ACCEPTED, REPLIED, new PetitionResolvedEvent(CASE, step(3), APRIL_10))
          .when(new RecordNotResolvedCommand(CASE, step(4), APRIL_10, "x"))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenRatedWhenRatedAgainThenIllegalTransition() {
      fixture
          .given(
              REGISTERED,
              ACCEPTED,
              REPLIED,
              new PetitionSatisfactionRatedEvent(CASE, step(3), APRIL_10, Satisfaction.SATISFIED))
          .when(new RateSatisfactionCommand(CASE, step(4), APRIL_10, Satisfaction.DISSATISFIED))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }
  }

  @Nested
  class ReviewAndReReviewWithinThirtyDays {

    static final LocalDate MAY_10 = LocalDate.of(2023, 5, 10);
    static final PetitionReviewRequestedEvent REVIEW_REQUESTED =
        new PetitionReviewRequestedEvent(CASE, step(3), MAY_10, LocalDate.of(2023, 6, 9));
    static final PetitionReviewDecidedEvent REVIEWED =
        new PetitionReviewDecidedEvent(
            CASE,
            step(4),
            LocalDate.of(2023, 6, 1),
            ReviewOutcome.UPHELD,
            LocalDate.of(2023, 7, 3));

    @Test
    @DisplayName("Art. 35 (2022): review asked for on the 30th day, decided within 30 days")
    void givenRepliedWhenReviewRequestedOnTheLastDayThenDecisionDueIn30Days() {
      fixture
          .given(REGISTERED, ACCEPTED, REPLIED)
          .when(new RequestReviewCommand(CASE, step(3), MAY_10))
          .expectEvents(REVIEW_REQUESTED);
    }

    @Test
    void givenRepliedWhenReviewRequestedAfter30DaysThenTimeLimit() {
      fixture
          .given(REGISTERED, ACCEPTED, REPLIED)
          .when(new RequestReviewCommand(CASE, step(3), LocalDate.of(2023, 5, 11)))
          .expectException(Violates.rule(ErrorCode.TIME_LIMIT))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 36 (2022): re-review asked for within 30 days of 06-01: Saturday -> 07-03")
    void givenReviewRequestedWhenDecidedThenReReviewMayBeRequestedFor30Days() {
      fixture
          .given(REGISTERED, ACCEPTED, REPLIED, REVIEW_REQUESTED)
          .when(
              new DecideReviewCommand(
                  CASE, step(4), LocalDate.of(2023, 6, 1), ReviewOutcome.UPHELD))
          .expectEvents(REVIEWED);
    }

    @Test
    void givenRepliedWhenReReviewRequestedThenIllegalTransition() {
      fixture
          .given(REGISTERED, ACCEPTED, REPLIED)
          .when(new RequestReReviewCommand(CASE, step(3), MAY_10))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenReviewedWhenReReviewRequestedThenDecisionDueIn30Days() {
      LocalDate june20 = LocalDate.of(2023, 6, 20);
      fixture
          .given(REGISTERED, ACCEPTED, REPLIED, REVIEW_REQUESTED, REVIEWED)
          .when(new RequestReReviewCommand(CASE, step(5), june20))
          .expectEvents(
              new PetitionReReviewRequestedEvent(CASE, step(5), june20, LocalDate.of(2023, 7, 20)));
    }

    @Test
    void givenReReviewDecidedWhenReviewRequestedThenIllegalTransition() {
      LocalDate june20 = LocalDate.of(2023, 6, 20);
      fixture
          .given(
              REGISTERED,
              ACCEPTED,
              REPLIED,
              REVIEW_REQUESTED,
              REVIEWED,
              new PetitionReReviewRequestedEvent(CASE, step(5), june20, LocalDate.of(2023, 7, 20)),
              new PetitionReReviewDecidedEvent(CASE, step(6), june20, ReviewOutcome.CHANGED))
          .when(new RequestReviewCommand(CASE, step(7), june20))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }
  }
}
