package org.disputeregistry.command.mediation;

import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.OTHER_CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputeregistry.command.lifecycle.CaseFixtures;
import org.disputeregistry.command.lifecycle.Receipt;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.Violates;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.mediation.CommercialDisputeType;
import org.disputeregistry.events.mediation.CommercialMediationAcceptedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementPerformedEvent;
import org.disputeregistry.events.mediation.CommercialMediationAgreementSignedEvent;
import org.disputeregistry.events.mediation.CommercialMediationApplicationReceivedEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationAppliedEvent;
import org.disputeregistry.events.mediation.CommercialMediationJudicialConfirmationRuledEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorAppointedEvent;
import org.disputeregistry.events.mediation.CommercialMediationMediatorRecusedEvent;
import org.disputeregistry.events.mediation.CommercialMediationSessionHeldEvent;
import org.disputeregistry.events.mediation.CommercialMediationWithdrawnEvent;
import org.disputeregistry.events.mediation.ConfirmationRuling;
import org.disputeregistry.events.mediation.MediationSource;
import org.disputeregistry.events.mediation.PartyOrigin;
import org.disputeregistry.events.mediation.Performance;
import org.disputeregistry.events.mediation.SessionMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommercialMediationCaseTest {

  static final LocalDate MAY_8 = LocalDate.of(2023, 5, 8);
  static final LocalDate MAY_10 = LocalDate.of(2023, 5, 10);

  /** 民事诉讼法 (2021) Art. 201: 30 days from the agreement of 2023-05-10 to apply for confirmation. */
  static final LocalDate JUNE_9 = LocalDate.of(2023, 6, 9);

  static final Money CLAIMED = new Money(new BigDecimal("1250000.00"), "CNY");
  static final Money AGREED = new Money(new BigDecimal("880000.50"), "CNY");

  private AggregateTestFixture<CommercialMediationCase> fixture;
  private CaseFixtures.InMemoryCaseNumbers caseNumbers;

  @BeforeEach
  void setUp() {
    caseNumbers = new CaseFixtures.InMemoryCaseNumbers();
    fixture = CaseFixtures.fixture(CommercialMediationCase.class, caseNumbers);
  }

  static ReceiveMediationApplicationCommand application(
      String centre, Money amount, String street, String community) {
    return new ReceiveMediationApplicationCommand(
        CASE,
        "光明商调〔2023〕8号",
        MAY_8,
        centre,
        MediationSource.COURT_ENTRUSTED,
        List.of(PartyOrigin.DOMESTIC, PartyOrigin.FOREIGN),
        CommercialDisputeType.TRADE,
        amount,
        street,
        community);
  }

  static ReceiveMediationApplicationCommand application() {
    return application("SCIENCE_CITY", CLAIMED, "FENGHUANG", "TANGJIA");
  }

  static final CommercialMediationApplicationReceivedEvent RECEIVED = application().toEvent();
  static final CommercialMediationAcceptedEvent ACCEPTED =
      new CommercialMediationAcceptedEvent(CASE, step(1), MAY_8);
  static final CommercialMediationMediatorAppointedEvent APPOINTED =
      new CommercialMediationMediatorAppointedEvent(CASE, step(2), MAY_8, "M-0042");
  static final CommercialMediationAgreementSignedEvent SIGNED =
      new CommercialMediationAgreementSignedEvent(CASE, step(3), MAY_10, AGREED, "M-0042", JUNE_9);

  @Nested
  class RetriesCompareAmountsByValue {

    /** As a JavaScript client sends 23685299.60 back: a number has no trailing zeros. */
    static final Money SAME_AS_AGREED = new Money(new BigDecimal("880000.5"), "CNY");

    @Test
    void givenCaseWhenSameApplicationWithFewerTrailingZerosThenAlreadyOpened() {
      fixture
          .given(RECEIVED)
          .when(
              application(
                  "SCIENCE_CITY",
                  new Money(new BigDecimal("1250000"), "CNY"),
                  "FENGHUANG",
                  "TANGJIA"))
          .expectResultMessagePayload(
              new Recorded(Receipt.ALREADY_RECORDED, CASE, null, "RECEIVED", 0))
          .expectNoEvents();
    }

    @Test
    void givenAgreementWhenSameStepWithFewerTrailingZerosThenAlreadyRecorded() {
      fixture
          .given(RECEIVED, ACCEPTED, APPOINTED, SIGNED)
          .when(new SignAgreementCommand(CASE, step(3), MAY_10, SAME_AS_AGREED))
          .expectResultMessagePayload(
              new Recorded(Receipt.ALREADY_RECORDED, CASE, step(3), "AGREED", 3))
          .expectNoEvents();
    }

    @Test
    void givenAgreementWhenSameStepIdWithAnotherAmountThenStepIdTaken() {
      fixture
          .given(RECEIVED, ACCEPTED, APPOINTED, SIGNED)
          .when(
              new SignAgreementCommand(
                  CASE, step(3), MAY_10, new Money(new BigDecimal("880000.51"), "CNY")))
          .expectException(Violates.rule(ErrorCode.STEP_ID_TAKEN))
          .expectNoEvents();
    }
  }

  @Test
  void givenNoCaseWhenApplicationReceivedThenCaseIsOpened() {
    fixture
        .givenNoPriorActivity()
        .when(application())
        .expectEvents(RECEIVED)
        .expectResultMessagePayload(new Recorded(Receipt.RECORDED, CASE, null, "RECEIVED", 0));
  }

  @Test
  void givenNoCaseWhenApplicationOutsideTheDistrictThenCaseIsOpenedWithoutPlace() {
    fixture
        .givenNoPriorActivity()
        .when(application("GONGMING_CHAMBER", CLAIMED, null, null))
        .expectSuccessfulHandlerExecution();
  }

  @Nested
  class IdempotentOpening {

    @Test
    void givenCaseWhenSameApplicationAgainThenNothingIsAppended() {
      fixture
          .given(RECEIVED)
          .when(application())
          .expectResultMessagePayload(
              new Recorded(Receipt.ALREADY_RECORDED, CASE, null, "RECEIVED", 0))
          .expectNoEvents();
    }

    @Test
    void givenNumberHeldByAnotherCaseWhenReceivedThenCaseNumberTaken() {
      caseNumbers.claim(CaseType.COMMERCIAL_MEDIATION, 2023, "光明商调〔2023〕8号", OTHER_CASE);
      fixture
          .givenNoPriorActivity()
          .when(application())
          .expectException(Violates.rule(ErrorCode.CASE_NUMBER_TAKEN));
    }
  }

  @Nested
  class CentresAreReferenceData {

    @Test
    void givenNoCaseWhenUnknownCentreThenUnknownReference() {
      fixture
          .givenNoPriorActivity()
          .when(application("NOWHERE", CLAIMED, null, null))
          .expectException(Violates.rule(ErrorCode.UNKNOWN_REFERENCE))
          .expectNoEvents();
    }

    @Test
    void givenNoCaseWhenStreetWithoutCommunityThenUnknownReference() {
      fixture
          .givenNoPriorActivity()
          .when(application("SCIENCE_CITY", CLAIMED, "FENGHUANG", null))
          .expectException(Violates.rule(ErrorCode.UNKNOWN_REFERENCE))
          .expectNoEvents();
    }
  }

  @Nested
  class AmountsAreExact {

    @Test
    void givenNoCaseWhenAmountNegativeThenInvalidAmount() {
      fixture
          .givenNoPriorActivity()
          .when(application("SCIENCE_CITY", new Money(new BigDecimal("-1.00"), "CNY"), null, null))
          .expectException(Violates.rule(ErrorCode.INVALID_AMOUNT))
          .expectNoEvents();
    }

    @Test
    void givenNoCaseWhenAmountFinerThanAFenThenInvalidAmount() {
      fixture
          .givenNoPriorActivity()
          .when(application("SCIENCE_CITY", new Money(new BigDecimal("1.005"), "CNY"), null, null))
          .expectException(Violates.rule(ErrorCode.INVALID_AMOUNT))
          .expectNoEvents();
    }

    @Test
    void givenNoCaseWhenUnknownCurrencyThenInvalidAmount() {
      fixture
          .givenNoPriorActivity()
          .when(application("SCIENCE_CITY", new Money(BigDecimal.TEN, "XYZ"), null, null))
          .expectException(Violates.rule(ErrorCode.INVALID_AMOUNT))
          .expectNoEvents();
    }
  }

  @Nested
  class MediatorBeforeSessions {

    @Test
    void givenAcceptedWithoutMediatorWhenSessionHeldThenIllegalTransition() {
      fixture
          .given(RECEIVED, ACCEPTED)
          .when(new HoldSessionCommand(CASE, step(2), MAY_8, SessionMode.ONLINE))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenMediatorWhenSessionHeldThenRecordedWithTheMediator() {
      fixture
          .given(RECEIVED, ACCEPTED, APPOINTED)
          .when(new HoldSessionCommand(CASE, step(3), MAY_8, SessionMode.IN_PERSON))
          .expectEvents(
              new CommercialMediationSessionHeldEvent(
                  CASE, step(3), MAY_8, SessionMode.IN_PERSON, "M-0042"));
    }

    @Test
    void givenReceivedWhenMediatorAppointedThenIllegalTransition() {
      fixture
          .given(RECEIVED)
          .when(new AppointMediatorCommand(CASE, step(1), MAY_8, "M-0042"))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenMediatorWhenAnotherAppointedThenIllegalTransition() {
      fixture
          .given(RECEIVED, ACCEPTED, APPOINTED)
          .when(new AppointMediatorCommand(CASE, step(3), MAY_8, "M-0007"))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }
  }

  @Nested
  class Recusal {

    @Test
    void givenMediatorWhenAnotherMediatorRecusedThenNotTheAppointedMediator() {
      fixture
          .given(RECEIVED, ACCEPTED, APPOINTED)
          .when(new RecuseMediatorCommand(CASE, step(3), MAY_8, "M-0007", "利害关系"))
          .expectException(Violates.rule(ErrorCode.NOT_THE_APPOINTED_MEDIATOR))
          .expectNoEvents();
    }

    @Test
    void givenRecusedWhenNewMediatorAppointedThenRecorded() {
      fixture
          .given(
              RECEIVED,
              ACCEPTED,
              APPOINTED,
              new CommercialMediationMediatorRecusedEvent(CASE, step(3), MAY_8, "M-0042", "利害关系"))
          .when(new AppointMediatorCommand(CASE, step(4), MAY_10, "M-0007"))
          .expectEvents(
              new CommercialMediationMediatorAppointedEvent(CASE, step(4), MAY_10, "M-0007"));
    }
  }

  @Nested
  class ExactlyOneEnding {

    @Test
    void givenMediatorWhenAgreementSignedThenAgreedWithAmountAndMediator() {
      fixture
          .given(RECEIVED, ACCEPTED, APPOINTED)
          .when(new SignAgreementCommand(CASE, step(3), MAY_10, AGREED))
          .expectEvents(SIGNED)
          .expectResultMessagePayload(new Recorded(Receipt.RECORDED, CASE, step(3), "AGREED", 3));
    }

    @Test
    void givenAgreedWhenWithdrawnThenIllegalTransition() {
      fixture
          .given(RECEIVED, ACCEPTED, APPOINTED, SIGNED)
          .when(new WithdrawCommand(CASE, step(4), MAY_10, "x"))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenWithdrawnWhenAcceptedThenIllegalTransition() {
      fixture
          .given(RECEIVED, new CommercialMediationWithdrawnEvent(CASE, step(1), MAY_8, "和解"))
          .when(new AcceptCommand(CASE, step(2), MAY_10))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenAcceptedWithoutMediatorWhenEndedWithoutAgreementThenRecorded() {
      fixture
          .given(RECEIVED, ACCEPTED)
          .when(new EndWithoutAgreementCommand(CASE, step(2), MAY_10, "分歧大"))
          .expectSuccessfulHandlerExecution()
          .expectResultMessagePayload(
              new Recorded(Receipt.RECORDED, CASE, step(2), "NO_AGREEMENT", 2));
    }
  }

  @Nested
  class AfterTheAgreement {

    static final CommercialMediationJudicialConfirmationAppliedEvent APPLIED =
        new CommercialMediationJudicialConfirmationAppliedEvent(CASE, step(4), MAY_10, "光明区人民法院");

    @Test
    void givenAcceptedWhenJudicialConfirmationAppliedThenIllegalTransition() {
      fixture
          .given(RECEIVED, ACCEPTED)
          .when(new ApplyForJudicialConfirmationCommand(CASE, step(2), MAY_10, "法院"))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenAgreedWhenRulingWithoutApplicationThenIllegalTransition() {
      fixture
          .given(RECEIVED, ACCEPTED, APPOINTED, SIGNED)
          .when(
              new RuleOnJudicialConfirmationCommand(
                  CASE, step(4), MAY_10, ConfirmationRuling.VALID))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }

    @Test
    void givenAppliedWhenRuledValidThenRecorded() {
      fixture
          .given(RECEIVED, ACCEPTED, APPOINTED, SIGNED, APPLIED)
          .when(
              new RuleOnJudicialConfirmationCommand(
                  CASE, step(5), MAY_10, ConfirmationRuling.VALID))
          .expectEvents(
              new CommercialMediationJudicialConfirmationRuledEvent(
                  CASE, step(5), MAY_10, ConfirmationRuling.VALID));
    }

    @Test
    void givenFullyPerformedWhenPerformedAgainThenIllegalTransition() {
      fixture
          .given(
              RECEIVED,
              ACCEPTED,
              APPOINTED,
              SIGNED,
              new CommercialMediationAgreementPerformedEvent(
                  CASE, step(4), MAY_10, Performance.FULLY, AGREED))
          .when(new RecordPerformanceCommand(CASE, step(5), MAY_10, Performance.PARTLY, AGREED))
          .expectException(Violates.rule(ErrorCode.ILLEGAL_TRANSITION))
          .expectNoEvents();
    }
  }

  @Nested
  class PlausibleDates {

    @Test
    void givenAppointedWhenSessionBeforeAppointmentThenDateBeforePreviousStep() {
      fixture
          .given(RECEIVED, ACCEPTED, APPOINTED)
          .when(new HoldSessionCommand(CASE, step(3), LocalDate.of(2023, 5, 7), SessionMode.ONLINE))
          .expectException(Violates.rule(ErrorCode.DATE_BEFORE_PREVIOUS_STEP))
          .expectNoEvents();
    }
  }
}
