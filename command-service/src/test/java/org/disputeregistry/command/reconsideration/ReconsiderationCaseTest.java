package org.disputeregistry.command.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.command.lifecycle.CaseFixtures.APPROVER;
import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.OTHER_CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.actingFor;
import static org.disputeregistry.command.lifecycle.CaseFixtures.by;
import static org.disputeregistry.command.lifecycle.CaseFixtures.ifMatch;
import static org.disputeregistry.command.lifecycle.CaseFixtures.step;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputeregistry.command.lifecycle.CaseFixtures;
import org.disputeregistry.command.lifecycle.Receipt;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.lifecycle.WrongOrganisation;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.Violates;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.petition.PetitionChannel;
import org.disputeregistry.events.petition.PetitionRegisteredEvent;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.ApplicationChannel;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationDismissedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationApplicationReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCopySentToRespondentEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionPeriodExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionReceivedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationCorrectionRequestedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDeemedAbandonedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationNotAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationProcedureConvertedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationRedirectedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationResumedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationReviewActivityRecordedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationSuspendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTerminatedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationTimeLimitExtendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationWithdrawnEvent;
import org.disputeregistry.events.reconsideration.ReviewActivity;
import org.disputeregistry.events.reconsideration.WithdrawalReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReconsiderationCaseTest {

  static final LocalDate MARCH_1 = LocalDate.of(2023, 3, 1);
  static final LocalDate MARCH_3 = LocalDate.of(2023, 3, 3);

  private AggregateTestFixture<ReconsiderationCase> fixture;
  private CaseFixtures.InMemoryCaseNumbers caseNumbers;

  @BeforeEach
  void setUp() {
    caseNumbers = new CaseFixtures.InMemoryCaseNumbers();
    fixture = CaseFixtures.fixture(ReconsiderationCase.class, caseNumbers);
  }

  static ReceiveApplicationCommand application(
      org.disputeregistry.events.CaseId id, String number, LocalDate receivedOn) {
    return new ReceiveApplicationCommand(
        id,
        number,
        receivedOn,
        ApplicationChannel.ON_SITE,
        "GONGMING",
        "SHANGCUN",
        "URBAN_MANAGEMENT",
        "光明区城市管理和综合执法局",
        List.of(ApplicantKind.PERSON),
        AdministrativeActKind.PENALTY);
  }

  static ReceiveApplicationCommand application() {
    return application(CASE, "光明复〔2023〕1号", MARCH_1);
  }

  static ReconsiderationApplicationReceivedEvent received() {
    return application().toEvent(LocalDate.of(2023, 3, 8));
  }

  static ReconsiderationAcceptedEvent accepted(Procedure procedure, LocalDate dueOn) {
    return new ReconsiderationAcceptedEvent(
        CASE, step(1), MARCH_3, procedure, false, dueOn, LocalDate.of(2023, 3, 14));
  }

  static ReconsiderationAcceptedEvent acceptedOrdinary() {
    return accepted(Procedure.ORDINARY, LocalDate.of(2023, 5, 4));
  }

  @Test
  @DisplayName("Art. 17, Art. 40 (2017): received 2023-03-01, reviewed within 5 working days")
  void givenNoCaseWhenApplicationReceivedThenCaseIsOpenedWithReviewDueInFiveWorkingDays() {
    fixture
        .givenNoPriorActivity()
        .when(application())
        .expectSuccessfulHandlerExecution()
        .expectResultMessagePayload(new Recorded(Receipt.RECORDED, CASE, null, "RECEIVED", 0))
        .expectEvents(received());
  }

  @Nested
  class OwnedByTheReconsiderationOffice {

    @Test
    void givenNoCaseWhenOpenedForAnotherOrganisationThenWrongOrganisationAndNothingRecorded() {
      fixture
          .givenNoPriorActivity()
          .when(application(), actingFor("CENTRE:SCIENCE_CITY"))
          .expectException(WrongOrganisation.class)
          .expectNoEvents();
    }

    @Test
    void givenCaseWhenAStepIsRecordedForAnotherOrganisationThenWrongOrganisation() {
      fixture
          .given(received())
          .when(
              new AcceptCommand(CASE, step(1), MARCH_3, Procedure.ORDINARY),
              actingFor("STREET:GUANGMING"))
          .expectException(WrongOrganisation.class)
          .expectNoEvents();
    }

    @Test
    void givenNoCaseWhenOpenedByTheOfficeThenCaseIsOpened() {
      fixture
          .givenNoPriorActivity()
          .when(application(), actingFor("RECONSIDERATION_OFFICE"))
          .expectEvents(received());
    }
  }

  @Nested
  class IdempotentOpening {

    @Test
    void givenCaseWhenSameApplicationAgainThenNothingIsAppended() {
      fixture
          .given(received())
          .when(application())
          .expectResultMessagePayload(
              new Recorded(Receipt.ALREADY_RECORDED, CASE, null, "RECEIVED", 0))
          .expectNoEvents();
    }

    @Test
    void givenCaseWhenDifferentApplicationUnderSameIdThenCaseIdTaken() {
      fixture
          .given(received())
          .when(application(CASE, "光明复〔2023〕2号", MARCH_1))
          .expectException(Violates.rule(ErrorCode.CASE_ID_TAKEN))
          .expectNoEvents();
    }

    @Test
    void givenPetitionUnderSameIdWhenApplicationReceivedThenIncompatibleAggregate() {
      fixture
          .given(
              new PetitionRegisteredEvent(
                  CASE,
                  "光明信〔2023〕1号",
                  MARCH_1,
                  PetitionChannel.VISIT,
                  1,
                  false,
                  false,
                  "MATIAN",
                  "JIANGSHI",
                  "TRANSPORT",
                  LocalDate.of(2023, 3, 16)))
          .when(application())
          .expectException(IncompatibleAggregateException.class)
          .expectNoEvents();
    }
  }

  @Nested
  class IdempotentSteps {

    @Test
    void givenAcceptedWhenSameAcceptanceAgainThenAlreadyRecordedAndNothingAppended() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new AcceptCommand(CASE, step(1), MARCH_3, Procedure.ORDINARY))
          .expectResultMessagePayload(
              new Recorded(Receipt.ALREADY_RECORDED, CASE, step(1), "UNDER_REVIEW", 1))
          .expectNoEvents();
    }

    @Test
    void givenLaterStepsWhenAcceptanceRetriedThenStillAlreadyRecorded() {
      fixture
          .given(
              received(),
              acceptedOrdinary(),
              new ReconsiderationDecidedEvent(CASE, step(2), MARCH_3, DecisionOutcome.UPHELD))
          .when(new AcceptCommand(CASE, step(1), MARCH_3, Procedure.ORDINARY))
          .expectResultMessagePayload(
              new Recorded(Receipt.ALREADY_RECORDED, CASE, step(1), "CLOSED", 2))
          .expectNoEvents();
    }

    @Test
    void givenAcceptedWhenSameStepIdWithDifferentBodyThenStepIdTaken() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new AcceptCommand(CASE, step(1), MARCH_3, Procedure.SIMPLIFIED))
          .expectException(Violates.rule(ErrorCode.STEP_ID_TAKEN))
          .expectNoEvents();
    }
  }

  @Nested
  class ExpectedVersion {

    @Test
    void givenVersionZeroWhenStepExpectsZeroThenRecorded() {
      fixture
          .given(received())
          .when(new AcceptCommand(CASE, step(1), MARCH_3, Procedure.ORDINARY), ifMatch(0))
          .expectEvents(acceptedOrdinary());
    }

    @Test
    void givenVersionOneWhenStepExpectsZeroThenVersionMismatch() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new DecideCommand(CASE, step(2), MARCH_3, DecisionOutcome.UPHELD), ifMatch(0))
          .expectException(Violates.rule(ErrorCode.VERSION_MISMATCH))
          .expectNoEvents();
    }
  }

  @Nested
  class UnknownCase {

    @Test
    void givenNoCaseWhenStepThenNotFound() {
      fixture
          .givenNoPriorActivity()
          .when(new AcceptCommand(CASE, step(1), MARCH_3, Procedure.ORDINARY))
          .expectException(AggregateNotFoundException.class);
    }
  }

  @Nested
  class PlausibleDates {

    @Test
    void givenNoCaseWhenReceivedTomorrowThenDateInFuture() {
      fixture
          .givenNoPriorActivity()
          .when(application(CASE, "光明复〔2023〕1号", LocalDate.of(2023, 7, 1)))
          .expectException(Violates.rule(ErrorCode.DATE_IN_FUTURE))
          .expectNoEvents();
    }

    @Test
    void givenNoCaseWhenReceivedTodayThenCaseIsOpened() {
      fixture
          .givenNoPriorActivity()
          .when(application(CASE, "光明复〔2023〕1号", LocalDate.of(2023, 6, 30)))
          .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenNoCaseWhenReceivedBefore1990ThenDateTooEarly() {
      fixture
          .givenNoPriorActivity()
          .when(application(CASE, "光明复〔1989〕1号", LocalDate.of(1989, 12, 31)))
          .expectException(Violates.rule(ErrorCode.DATE_TOO_EARLY))
          .expectNoEvents();
    }

    @Test
    void givenReceivedWhenAcceptedTheDayBeforeThenDateBeforePreviousStep() {
      fixture
          .given(received())
          .when(new AcceptCommand(CASE, step(1), LocalDate.of(2023, 2, 28), Procedure.ORDINARY))
          .expectException(Violates.rule(ErrorCode.DATE_BEFORE_PREVIOUS_STEP))
          .expectNoEvents();
    }

    @Test
    void givenAcceptedWhenDecidedInTheFutureThenDateInFuture() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new DecideCommand(CASE, step(2), LocalDate.of(2023, 7, 1), DecisionOutcome.UPHELD))
          .expectException(Violates.rule(ErrorCode.DATE_IN_FUTURE))
          .expectNoEvents();
    }
  }

  @Nested
  class ReferenceCodesAreKnown {

    @Test
    void givenNoCaseWhenCommunityOfAnotherStreetThenUnknownReference() {
      ReceiveApplicationCommand wrongCommunity =
          new ReceiveApplicationCommand(
              CASE,
              "光明复〔2023〕1号",
              MARCH_1,
              ApplicationChannel.MAIL,
              "GONGMING",
              "BIYAN",
              "URBAN_MANAGEMENT",
              "agency",
              List.of(ApplicantKind.ENTERPRISE),
              AdministrativeActKind.LICENSING);
      fixture
          .givenNoPriorActivity()
          .when(wrongCommunity)
          .expectException(Violates.rule(ErrorCode.UNKNOWN_REFERENCE))
          .expectNoEvents();
    }
  }

  @Nested
  class UniqueCaseNumbers {

    @Test
    void givenNumberHeldByAnotherCaseWhenApplicationReceivedThenCaseNumberTaken() {
      caseNumbers.claim(CaseType.RECONSIDERATION, 2023, "光明复〔2023〕1号", OTHER_CASE);
      fixture
          .givenNoPriorActivity()
          .when(application())
          .expectException(Violates.rule(ErrorCode.CASE_NUMBER_TAKEN))
          .expectNoEvents();
    }

    @Test
    void givenNumberUsedInAnotherYearWhenApplicationReceivedThenCaseIsOpened() {
      caseNumbers.claim(CaseType.RECONSIDERATION, 2022, "光明复〔2023〕1号", OTHER_CASE);
      fixture.givenNoPriorActivity().when(application()).expectSuccessfulHandlerExecution();
    }
  }

  /** Acceptance by operation of law (视为受理) is derived from the review's due date. */
  @Nested
  class DeemedAcceptanceDerived {

    static final LocalDate MARCH_8 = LocalDate.of(2023, 3, 8);
    static final LocalDate MARCH_9 = LocalDate.of(2023, 3, 9);

    @Test
    @DisplayName("Art. 17 (2017): accepted on the review's last day (03-08) is the office's own")
    void givenReceivedWhenAcceptedOnTheReviewDueDateThenNotDeemed() {
      fixture
          .given(received())
          .when(new AcceptCommand(CASE, step(1), MARCH_8, Procedure.ORDINARY))
          .expectEvents(
              new ReconsiderationAcceptedEvent(
                  CASE,
                  step(1),
                  MARCH_8,
                  Procedure.ORDINARY,
                  false,
                  LocalDate.of(2023, 5, 8),
                  LocalDate.of(2023, 3, 17)));
    }

    @Test
    @DisplayName(
        "Art. 17, Art. 31 (2017): not refused by 03-08, deemed accepted on receipt (03-01):"
            + " decision due 60 days after it, 04-30 in the May Day break, so 05-04")
    void givenReceivedWhenAcceptedAfterTheReviewDueDateThenDeemedFromReceipt() {
      fixture
          .given(received())
          .when(new AcceptCommand(CASE, step(1), MARCH_9, Procedure.ORDINARY))
          .expectEvents(
              new ReconsiderationAcceptedEvent(
                  CASE,
                  step(1),
                  MARCH_9,
                  Procedure.ORDINARY,
                  true,
                  LocalDate.of(2023, 5, 4),
                  LocalDate.of(2023, 3, 10)));
    }

    @Test
    @DisplayName(
        "Art. 17 (2017), Reg. Art. 29: completed 03-10, not refused by 03-17: deemed accepted on"
            + " 03-10, decision due 05-09")
    void givenCompletedWhenAcceptedAfterTheNewReviewPeriodThenDeemedFromTheCompletion() {
      LocalDate march20 = LocalDate.of(2023, 3, 20);
      fixture
          .given(
              received(),
              new ReconsiderationCorrectionRequestedEvent(
                  CASE, step(1), LocalDate.of(2023, 3, 2), "身份证明", LocalDate.of(2023, 3, 12)),
              new ReconsiderationCorrectionReceivedEvent(
                  CASE, step(2), LocalDate.of(2023, 3, 10), LocalDate.of(2023, 3, 17)))
          .when(new AcceptCommand(CASE, step(3), march20, Procedure.ORDINARY))
          .expectEvents(
              new ReconsiderationAcceptedEvent(
                  CASE,
                  step(3),
                  march20,
                  Procedure.ORDINARY,
                  true,
                  LocalDate.of(2023, 5, 9),
                  LocalDate.of(2023, 3, 21)));
    }

    @Test
    @DisplayName("Art. 17 (2017): a completed application is reviewed again: 03-15 is within 03-17")
    void givenCompletedWhenAcceptedWithinTheNewReviewPeriodThenNotDeemed() {
      LocalDate march15 = LocalDate.of(2023, 3, 15);
      fixture
          .given(
              received(),
              new ReconsiderationCorrectionRequestedEvent(
                  CASE, step(1), LocalDate.of(2023, 3, 2), "身份证明", LocalDate.of(2023, 3, 12)),
              new ReconsiderationCorrectionReceivedEvent(
                  CASE, step(2), LocalDate.of(2023, 3, 10), LocalDate.of(2023, 3, 17)))
          .when(new AcceptCommand(CASE, step(3), march15, Procedure.ORDINARY))
          .expectEvents(
              new ReconsiderationAcceptedEvent(
                  CASE,
                  step(3),
                  march15,
                  Procedure.ORDINARY,
                  false,
                  LocalDate.of(2023, 5, 15),
                  LocalDate.of(2023, 3, 24)));
    }
  }

  @Nested
  class CorrectionWithinTenDays {

    static final ReconsiderationCorrectionRequestedEvent REQUESTED =
        new ReconsiderationCorrectionRequestedEvent(
            CASE, step(1), MARCH_3, "身份证明", LocalDate.of(2023, 3, 13));

    @Test
    @DisplayName("Reg. Art. 29 (2007): 10 days from 2023-03-03 to complete the application")
    void givenReceivedWhenCorrectionRequestedThenApplicantHasTenDays() {
      fixture
          .given(received())
          .when(new RequestCorrectionCommand(CASE, step(1), MARCH_3, "身份证明"))
          .expectEvents(REQUESTED);
    }

    @Test
    void givenCorrectionRequestedAndReceivedWhenAnotherRequestedThenIllegalTransition() {
      fixture
          .given(
              received(),
              REQUESTED,
              new ReconsiderationCorrectionReceivedEvent(
                  CASE, step(2), MARCH_3, LocalDate.of(2023, 3, 8)))
          .when(new RequestCorrectionCommand(CASE, step(3), MARCH_3, "更多材料"))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 17, Art. 40 (2017): completed on Friday 03-10, reviewed by Friday 03-17")
    void givenCorrectionRequestedWhenCorrectionReceivedThenReviewDueFiveWorkingDaysAfterIt() {
      LocalDate march10 = LocalDate.of(2023, 3, 10);
      fixture
          .given(received(), REQUESTED)
          .when(new ReceiveCorrectionCommand(CASE, step(2), march10))
          .expectEvents(
              new ReconsiderationCorrectionReceivedEvent(
                  CASE, step(2), march10, LocalDate.of(2023, 3, 17)));
    }

    @Test
    void givenCorrectionRequestedWhenAbandonedOnTheLastDayThenTimeLimit() {
      fixture
          .given(received(), REQUESTED)
          .when(new DeemAbandonedCommand(CASE, step(2), LocalDate.of(2023, 3, 13)))
          .expectException(Violates.rule(ErrorCode.TIME_LIMIT))
          .expectNoEvents();
    }

    @Test
    void givenCorrectionRequestedWhenAbandonedAfterTheLastDayThenCaseIsAbandoned() {
      LocalDate march14 = LocalDate.of(2023, 3, 14);
      fixture
          .given(received(), REQUESTED)
          .when(new DeemAbandonedCommand(CASE, step(2), march14))
          .expectEvents(new ReconsiderationDeemedAbandonedEvent(CASE, step(2), march14))
          .expectResultMessagePayload(
              new Recorded(Receipt.RECORDED, CASE, step(2), "ABANDONED", 2));
    }

    @Test
    void givenCorrectionAwaitedWhenAcceptedThenIllegalTransition() {
      fixture
          .given(received(), REQUESTED)
          .when(new AcceptCommand(CASE, step(2), MARCH_3, Procedure.ORDINARY))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }
  }

  @Nested
  class DecisionDueSixtyOrThirtyDays {

    @Test
    @DisplayName("Art. 31 (2017): 60 days from 2023-03-03 end in the May Day break: due 05-04")
    void givenReceivedWhenAcceptedOrdinaryThenDecisionDueIn60Days() {
      fixture
          .given(received())
          .when(new AcceptCommand(CASE, step(1), MARCH_3, Procedure.ORDINARY))
          .expectEvents(accepted(Procedure.ORDINARY, LocalDate.of(2023, 5, 4)));
    }

    @Test
    void givenOrdinaryWhenConvertedThenIllegalTransition() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new ConvertProcedureCommand(CASE, step(2), MARCH_3, "x"))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }
  }

  /** The law in force on the receipt date: the 2023 revision for applications from 2024. */
  @Nested
  class LawOfTheReceiptDate {

    static final LocalDate MARCH_1_2024 = LocalDate.of(2024, 3, 1);
    static final LocalDate MARCH_5_2024 = LocalDate.of(2024, 3, 5);

    private AggregateTestFixture<ReconsiderationCase> in2024;

    @BeforeEach
    void setUp() {
      in2024 =
          CaseFixtures.fixture(
              ReconsiderationCase.class, caseNumbers, CaseFixtures.TODAY_IS_2024_06_28);
    }

    static ReconsiderationApplicationReceivedEvent received2024() {
      return application(CASE, "光明复〔2024〕1号", MARCH_1_2024).toEvent(LocalDate.of(2024, 3, 8));
    }

    static ReconsiderationAcceptedEvent acceptedSimplified2024() {
      return new ReconsiderationAcceptedEvent(
          CASE,
          step(1),
          MARCH_5_2024,
          Procedure.SIMPLIFIED,
          false,
          LocalDate.of(2024, 4, 7),
          LocalDate.of(2024, 3, 8));
    }

    @Test
    @DisplayName("Art. 30, Art. 88 (2023): received Friday 2024-03-01, reviewed by 03-08")
    void givenNoCaseWhenReceivedIn2024ThenReviewDueInFiveWorkingDays() {
      in2024
          .givenNoPriorActivity()
          .when(application(CASE, "光明复〔2024〕1号", MARCH_1_2024))
          .expectEvents(received2024());
    }

    @Test
    @DisplayName(
        "Art. 30, Art. 62 (2023): not refused by the review's due date (03-08): deemed accepted"
            + " on 03-08, the decision due 60 days after it (05-07), not after the recording")
    void givenReceivedIn2024WhenAcceptedAfterTheReviewDueDateThenDeemedFromTheReviewsLastDay() {
      LocalDate march11 = LocalDate.of(2024, 3, 11);
      in2024
          .given(received2024())
          .when(new AcceptCommand(CASE, step(1), march11, Procedure.ORDINARY))
          .expectEvents(
              new ReconsiderationAcceptedEvent(
                  CASE,
                  step(1),
                  march11,
                  Procedure.ORDINARY,
                  true,
                  LocalDate.of(2024, 5, 7),
                  LocalDate.of(2024, 3, 19)));
    }

    @Test
    @DisplayName(
        "Art. 30, Art. 62 (2023): a deemed acceptance's decision extended by 30 days runs from"
            + " 03-08 too: 05-07 + 30 = 06-06")
    void givenDeemedAcceptedWhenExtendedThenCountedFromTheDeemedDate() {
      LocalDate march11 = LocalDate.of(2024, 3, 11);
      LocalDate april1 = LocalDate.of(2024, 4, 1);
      in2024
          .given(
              received2024(),
              new ReconsiderationAcceptedEvent(
                  CASE,
                  step(1),
                  march11,
                  Procedure.ORDINARY,
                  true,
                  LocalDate.of(2024, 5, 7),
                  LocalDate.of(2024, 3, 19)))
          .when(new ExtendTimeLimitCommand(CASE, step(2), april1, 30, APPROVER, "案情复杂"))
          .expectEvents(
              new ReconsiderationTimeLimitExtendedEvent(
                  CASE, step(2), april1, 30, LocalDate.of(2024, 6, 6), APPROVER, "案情复杂"));
    }

    /** 10 working days from Monday 2024-03-04: 03-18. */
    static ReconsiderationCorrectionRequestedEvent correctionRequested2024() {
      return new ReconsiderationCorrectionRequestedEvent(
          CASE, step(1), LocalDate.of(2024, 3, 4), "身份证明", LocalDate.of(2024, 3, 18));
    }

    static ExtendCorrectionPeriodCommand correctionExtendedOn(LocalDate on) {
      return new ExtendCorrectionPeriodCommand(CASE, step(2), on, 5, APPROVER, "申请人住院");
    }

    @Test
    @DisplayName(
        "Art. 31 (2023): the correction period (to 03-18) extended by 5 working days: 03-25")
    void givenCorrectionRequestedIn2024WhenExtendedThenDueFiveWorkingDaysLater() {
      LocalDate march15 = LocalDate.of(2024, 3, 15);
      in2024
          .given(received2024(), correctionRequested2024())
          .when(correctionExtendedOn(march15))
          .expectEvents(
              new ReconsiderationCorrectionPeriodExtendedEvent(
                  CASE, step(2), march15, 5, LocalDate.of(2024, 3, 25), APPROVER, "申请人住院"));
    }

    @Test
    @DisplayName("Art. 31 (2023): abandoned only after the extended period (03-25) ran out")
    void givenCorrectionPeriodExtendedWhenAbandonedOnTheNewLastDayThenTimeLimit() {
      LocalDate march15 = LocalDate.of(2024, 3, 15);
      in2024
          .given(
              received2024(),
              correctionRequested2024(),
              new ReconsiderationCorrectionPeriodExtendedEvent(
                  CASE, step(2), march15, 5, LocalDate.of(2024, 3, 25), APPROVER, "申请人住院"))
          .when(new DeemAbandonedCommand(CASE, step(3), LocalDate.of(2024, 3, 25)))
          .expectException(Violates.rule(ErrorCode.TIME_LIMIT))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 31 (2023): the correction period is extended before its last day, not on it")
    void givenCorrectionRequestedIn2024WhenExtendedOnTheLastDayThenExtensionAfterDueDate() {
      in2024
          .given(received2024(), correctionRequested2024())
          .when(correctionExtendedOn(LocalDate.of(2024, 3, 18)))
          .expectException(Violates.rule(ErrorCode.EXTENSION_AFTER_DUE_DATE))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 31 (2023): the correction period is extended once")
    void givenCorrectionPeriodExtendedWhenExtendedAgainThenExtensionAlreadyUsed() {
      LocalDate march15 = LocalDate.of(2024, 3, 15);
      in2024
          .given(
              received2024(),
              correctionRequested2024(),
              new ReconsiderationCorrectionPeriodExtendedEvent(
                  CASE, step(2), march15, 5, LocalDate.of(2024, 3, 25), APPROVER, "申请人住院"))
          .when(
              new ExtendCorrectionPeriodCommand(
                  CASE, step(3), LocalDate.of(2024, 3, 20), 2, APPROVER, "申请人住院"))
          .expectException(Violates.rule(ErrorCode.EXTENSION_ALREADY_USED))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 31 (2023): the extension is approved by another officer than its recorder")
    void givenCorrectionRequestedIn2024WhenTheRecorderApprovesThenApproverIsActor() {
      in2024
          .given(received2024(), correctionRequested2024())
          .when(correctionExtendedOn(LocalDate.of(2024, 3, 15)), by(APPROVER))
          .expectException(Violates.rule(ErrorCode.APPROVER_IS_ACTOR))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Reg. Art. 29 (2007): no extension of the correction period before the 2023 law")
    void givenCorrectionRequestedIn2023WhenExtendedThenNotProvidedByLaw() {
      fixture
          .given(received(), CorrectionWithinTenDays.REQUESTED)
          .when(correctionExtendedOn(LocalDate.of(2023, 3, 6)))
          .expectException(Violates.rule(ErrorCode.NOT_PROVIDED_BY_LAW))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 53 (2023): no simplified procedure for an application received in 2023")
    void givenReceivedIn2023WhenAcceptedSimplifiedThenNotProvidedByLaw() {
      fixture
          .given(received())
          .when(new AcceptCommand(CASE, step(1), MARCH_3, Procedure.SIMPLIFIED))
          .expectException(Violates.rule(ErrorCode.NOT_PROVIDED_BY_LAW))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 62 (2023): simplified, 30 days end in Qingming: due make-up Sunday 04-07")
    void givenReceivedIn2024WhenAcceptedSimplifiedThenDecisionDueIn30Days() {
      in2024
          .given(received2024())
          .when(new AcceptCommand(CASE, step(1), MARCH_5_2024, Procedure.SIMPLIFIED))
          .expectEvents(acceptedSimplified2024());
    }

    @Test
    @DisplayName("Art. 55, Art. 62 (2023): converted, 60 days from acceptance end 05-04: due 05-06")
    void givenSimplifiedWhenConvertedToOrdinaryThenDecisionDue60DaysAfterAcceptance() {
      LocalDate march20 = LocalDate.of(2024, 3, 20);
      in2024
          .given(received2024(), acceptedSimplified2024())
          .when(new ConvertProcedureCommand(CASE, step(2), march20, "案情复杂"))
          .expectEvents(
              new ReconsiderationProcedureConvertedEvent(
                  CASE, step(2), march20, Procedure.ORDINARY, "案情复杂", LocalDate.of(2024, 5, 6)));
    }

    @Test
    @DisplayName("Art. 62 (2023): a simplified review is not extended")
    void givenSimplifiedWhenExtendedThenIllegalTransition() {
      in2024
          .given(received2024(), acceptedSimplified2024())
          .when(new ExtendTimeLimitCommand(CASE, step(2), MARCH_5_2024, 10, APPROVER, "案情复杂"))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 67 (2023): an act is confirmed invalid only under the 2023 revision")
    void confirmedInvalidOnlyFrom2024() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new DecideCommand(CASE, step(2), MARCH_3, DecisionOutcome.CONFIRMED_INVALID))
          .expectException(Violates.rule(ErrorCode.NOT_PROVIDED_BY_LAW))
          .expectNoEvents();
      in2024
          .given(received2024(), acceptedSimplified2024())
          .when(new DecideCommand(CASE, step(2), MARCH_5_2024, DecisionOutcome.CONFIRMED_INVALID))
          .expectEvents(
              new ReconsiderationDecidedEvent(
                  CASE, step(2), MARCH_5_2024, DecisionOutcome.CONFIRMED_INVALID));
    }

    @Test
    @DisplayName(
        "Accepted 2026-12-04: the decision would be due in 2027, a year without a calendar")
    void givenDueDateInAYearWithoutCalendarThenRefused() {
      LocalDate december3 = LocalDate.of(2026, 12, 3);
      CaseFixtures.fixture(ReconsiderationCase.class, caseNumbers, CaseFixtures.TODAY_IS_2026_12_05)
          .given(application(CASE, "光明复〔2026〕1号", december3).toEvent(LocalDate.of(2026, 12, 10)))
          .when(new AcceptCommand(CASE, step(1), LocalDate.of(2026, 12, 4), Procedure.ORDINARY))
          .expectException(Violates.rule(ErrorCode.NO_CALENDAR_FOR_YEAR))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Received in 2019: no calendar for the review's due date, refused")
    void givenReceivedInAYearWithoutCalendarThenRefused() {
      fixture
          .givenNoPriorActivity()
          .when(application(CASE, "光明复〔2019〕1号", LocalDate.of(2019, 12, 30)))
          .expectException(Violates.rule(ErrorCode.NO_CALENDAR_FOR_YEAR))
          .expectNoEvents();
    }
  }

  /** The copy of the application to the respondent, and the respondent's reply. */
  @Nested
  class CopyAndRespondentReply {

    @Test
    @DisplayName(
        "Art. 23, Art. 40 (2017): accepted 03-03, the copy is due in 7 working days (03-14)")
    void givenReceivedWhenAcceptedThenTheCopyIsDueInSevenWorkingDays() {
      fixture
          .given(received())
          .when(new AcceptCommand(CASE, step(1), MARCH_3, Procedure.ORDINARY))
          .expectEvents(acceptedOrdinary());
      assertThat(acceptedOrdinary().copyDueOn()).isEqualTo(LocalDate.of(2023, 3, 14));
    }

    @Test
    @DisplayName("Art. 23 (2017): copy sent Friday 03-10, the reply is due in 10 days: 03-20")
    void givenAcceptedWhenTheCopyIsSentThenTheRespondentsReplyIsDueInTenDays() {
      LocalDate march10 = LocalDate.of(2023, 3, 10);
      fixture
          .given(received(), acceptedOrdinary())
          .when(new SendCopyToRespondentCommand(CASE, step(2), march10))
          .expectEvents(
              new ReconsiderationCopySentToRespondentEvent(
                  CASE, step(2), march10, LocalDate.of(2023, 3, 20)));
    }

    @Test
    @DisplayName("Art. 54, Art. 88 (2023): simplified, copy sent Friday 2024-03-08: reply by 03-15")
    void givenSimplifiedWhenTheCopyIsSentThenTheReplyIsDueInFiveWorkingDays() {
      LocalDate march8 = LocalDate.of(2024, 3, 8);
      CaseFixtures.fixture(ReconsiderationCase.class, caseNumbers, CaseFixtures.TODAY_IS_2024_06_28)
          .given(LawOfTheReceiptDate.received2024(), LawOfTheReceiptDate.acceptedSimplified2024())
          .when(new SendCopyToRespondentCommand(CASE, step(2), march8))
          .expectEvents(
              new ReconsiderationCopySentToRespondentEvent(
                  CASE, step(2), march8, LocalDate.of(2024, 3, 15)));
    }

    @Test
    void givenTheCopySentWhenSentAgainThenIllegalTransition() {
      fixture
          .given(
              received(),
              acceptedOrdinary(),
              new ReconsiderationCopySentToRespondentEvent(
                  CASE, step(2), MARCH_3, LocalDate.of(2023, 3, 13)))
          .when(new SendCopyToRespondentCommand(CASE, step(3), MARCH_3))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }
  }

  @Nested
  class AtMostOneExtensionOfThirtyDays {

    static final ReconsiderationTimeLimitExtendedEvent EXTENDED =
        new ReconsiderationTimeLimitExtendedEvent(
            CASE, step(2), MARCH_3, 30, LocalDate.of(2023, 6, 1), APPROVER, "案情复杂");

    static final LocalDate DUE_ON = acceptedOrdinary().decisionDueOn();

    static ExtendTimeLimitCommand extendedOn(LocalDate on) {
      return new ExtendTimeLimitCommand(CASE, step(2), on, 30, APPROVER, "案情复杂");
    }

    @Test
    @DisplayName("Art. 31 (2017): extended the day before the decision is due (2023-05-04)")
    void givenOrdinaryWhenExtendedTheDayBeforeTheDueDateThenRecorded() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(extendedOn(DUE_ON.minusDays(1)), by("officer.li"))
          .expectEvents(
              new ReconsiderationTimeLimitExtendedEvent(
                  CASE,
                  step(2),
                  DUE_ON.minusDays(1),
                  30,
                  LocalDate.of(2023, 6, 1),
                  APPROVER,
                  "案情复杂"));
    }

    @Test
    @DisplayName("Art. 31 (2017): an extension on the due date (2023-05-04) is refused")
    void givenOrdinaryWhenExtendedOnTheDueDateThenExtensionAfterDueDate() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(extendedOn(DUE_ON))
          .expectException(Violates.rule(ErrorCode.EXTENSION_AFTER_DUE_DATE))
          .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 31 (2017): an extension after the due date does not revive the period")
    void givenOrdinaryWhenExtendedAfterTheDueDateThenExtensionAfterDueDate() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(extendedOn(DUE_ON.plusDays(3)))
          .expectException(Violates.rule(ErrorCode.EXTENSION_AFTER_DUE_DATE))
          .expectNoEvents();
    }

    @Test
    @DisplayName(
        "Art. 31 (2017): an extension is approved by the head of the office, not its recorder")
    void givenOrdinaryWhenTheRecorderApprovesTheExtensionThenApproverIsActor() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(extendedOn(MARCH_3), by(APPROVER))
          .expectException(Violates.rule(ErrorCode.APPROVER_IS_ACTOR))
          .expectNoEvents();
    }

    @Test
    void givenOrdinaryWhenExtendedBy30DaysThenDecisionDue90DaysAfterAcceptance() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new ExtendTimeLimitCommand(CASE, step(2), MARCH_3, 30, APPROVER, "案情复杂"))
          .expectEvents(EXTENDED);
    }

    @Test
    void givenExtendedWhenExtendedAgainThenExtensionAlreadyUsed() {
      fixture
          .given(received(), acceptedOrdinary(), EXTENDED)
          .when(new ExtendTimeLimitCommand(CASE, step(3), MARCH_3, 5, APPROVER, "案情复杂"))
          .expectException(Violates.rule(ErrorCode.EXTENSION_ALREADY_USED))
          .expectNoEvents();
    }

    @Test
    void givenOrdinaryWhenExtendedBy31DaysThenOutOfRange() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new ExtendTimeLimitCommand(CASE, step(2), MARCH_3, 31, APPROVER, "案情复杂"))
          .expectException(Violates.rule(ErrorCode.OUT_OF_RANGE))
          .expectNoEvents();
    }
  }

  @Nested
  class SuspensionStopsTheClock {

    static final LocalDate MARCH_10 = LocalDate.of(2023, 3, 10);
    static final ReconsiderationSuspendedEvent SUSPENDED =
        new ReconsiderationSuspendedEvent(CASE, step(2), MARCH_10, "等待有权机关解释");

    @Test
    void givenSuspendedTenDaysWhenResumedThenDecisionDueTenDaysLater() {
      LocalDate march20 = LocalDate.of(2023, 3, 20);
      fixture
          .given(received(), acceptedOrdinary(), SUSPENDED)
          .when(new ResumeCommand(CASE, step(3), march20))
          .expectEvents(
              new ReconsiderationResumedEvent(CASE, step(3), march20, LocalDate.of(2023, 5, 12)));
    }

    @Test
    void givenTwoSuspensionsWhenResumedThenStoppedDaysAddUp() {
      fixture
          .given(
              received(),
              acceptedOrdinary(),
              SUSPENDED,
              new ReconsiderationResumedEvent(
                  CASE, step(3), LocalDate.of(2023, 3, 20), LocalDate.of(2023, 5, 12)),
              new ReconsiderationSuspendedEvent(CASE, step(4), LocalDate.of(2023, 4, 1), "x"))
          .when(new ResumeCommand(CASE, step(5), LocalDate.of(2023, 4, 6)))
          .expectEvents(
              new ReconsiderationResumedEvent(
                  CASE, step(5), LocalDate.of(2023, 4, 6), LocalDate.of(2023, 5, 17)));
    }

    @Test
    void givenSuspendedWhenDecidedThenIllegalTransition() {
      fixture
          .given(received(), acceptedOrdinary(), SUSPENDED)
          .when(new DecideCommand(CASE, step(3), MARCH_10, DecisionOutcome.UPHELD))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenSuspendedWhenTerminatedThenClosed() {
      fixture
          .given(received(), acceptedOrdinary(), SUSPENDED)
          .when(new TerminateCommand(CASE, step(3), MARCH_10, "申请人死亡"))
          .expectEvents(new ReconsiderationTerminatedEvent(CASE, step(3), MARCH_10, "申请人死亡"))
          .expectResultMessagePayload(new Recorded(Receipt.RECORDED, CASE, step(3), "CLOSED", 3));
    }

    @Test
    void givenUnderReviewWhenResumedThenIllegalTransition() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new ResumeCommand(CASE, step(2), MARCH_10))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }
  }

  @Nested
  class AcceptanceComesFirst {

    @Test
    void givenReceivedWhenDecidedThenIllegalTransition() {
      fixture
          .given(received())
          .when(new DecideCommand(CASE, step(1), MARCH_3, DecisionOutcome.REVOKED))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenReceivedWhenHearingHeldThenIllegalTransition() {
      fixture
          .given(received())
          .when(
              new RecordReviewActivityCommand(CASE, step(1), ReviewActivity.HEARING_HELD, MARCH_3))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenAcceptedWhenHearingHeldThenRecorded() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(
              new RecordReviewActivityCommand(CASE, step(2), ReviewActivity.HEARING_HELD, MARCH_3))
          .expectEvents(
              new ReconsiderationReviewActivityRecordedEvent(
                  CASE, step(2), ReviewActivity.HEARING_HELD, MARCH_3));
    }

    @Test
    void givenReceivedWhenNotAcceptedThenNoMoreSteps() {
      fixture
          .given(received(), new ReconsiderationNotAcceptedEvent(CASE, step(1), MARCH_3, "超过申请期限"))
          .when(new AcceptCommand(CASE, step(2), MARCH_3, Procedure.ORDINARY))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenReceivedWhenRedirectedThenRecorded() {
      fixture
          .given(received())
          .when(new RedirectCommand(CASE, step(1), MARCH_3, "深圳市人民政府"))
          .expectEvents(new ReconsiderationRedirectedEvent(CASE, step(1), MARCH_3, "深圳市人民政府"))
          .expectResultMessagePayload(
              new Recorded(Receipt.RECORDED, CASE, step(1), "REDIRECTED", 1));
    }
  }

  @Nested
  class ExactlyOneEnding {

    @Test
    void givenUnderReviewWhenMediationAgreementEffectiveThenClosed() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new RecordMediationAgreementCommand(CASE, step(2), MARCH_3))
          .expectEvents(new ReconsiderationMediationAgreementEffectiveEvent(CASE, step(2), MARCH_3))
          .expectResultMessagePayload(new Recorded(Receipt.RECORDED, CASE, step(2), "CLOSED", 2));
    }

    @Test
    void givenUnderReviewWhenWithdrawnForSettlementThenClosed() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new ApproveWithdrawalCommand(CASE, step(2), MARCH_3, WithdrawalReason.SETTLEMENT))
          .expectEvents(
              new ReconsiderationWithdrawnEvent(
                  CASE, step(2), MARCH_3, WithdrawalReason.SETTLEMENT));
    }

    @Test
    void givenUnderReviewWhenApplicationDismissedThenClosed() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(new DismissApplicationCommand(CASE, step(2), MARCH_3, "不符合受理条件"))
          .expectEvents(
              new ReconsiderationApplicationDismissedEvent(CASE, step(2), MARCH_3, "不符合受理条件"));
    }

    @Test
    void givenDecidedWhenMediationAgreementThenIllegalTransition() {
      fixture
          .given(
              received(),
              acceptedOrdinary(),
              new ReconsiderationDecidedEvent(CASE, step(2), MARCH_3, DecisionOutcome.VARIED))
          .when(new RecordMediationAgreementCommand(CASE, step(3), MARCH_3))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenWithdrawnWhenDecidedThenIllegalTransition() {
      fixture
          .given(
              received(),
              acceptedOrdinary(),
              new ReconsiderationWithdrawnEvent(CASE, step(2), MARCH_3, WithdrawalReason.VOLUNTARY))
          .when(new DecideCommand(CASE, step(3), MARCH_3, DecisionOutcome.UPHELD))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }
  }
}
