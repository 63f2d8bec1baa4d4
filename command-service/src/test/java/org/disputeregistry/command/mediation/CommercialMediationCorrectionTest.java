package org.disputeregistry.command.mediation;

import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.amending;
import static org.disputeregistry.command.lifecycle.CaseFixtures.by;
import static org.disputeregistry.command.lifecycle.CaseFixtures.step;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.ACCEPTED;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.AGREED;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.APPOINTED;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.JUNE_9;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.MAY_10;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.RECEIVED;
import static org.disputeregistry.command.mediation.CommercialMediationCaseTest.SIGNED;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputeregistry.command.lifecycle.Amendment;
import org.disputeregistry.command.lifecycle.CaseFixtures;
import org.disputeregistry.command.lifecycle.Receipt;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.Violates;
import org.disputeregistry.events.AmendedStep;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.mediation.CommercialMediationAgreementSignedEvent;
import org.disputeregistry.events.mediation.CommercialMediationStepAmendedEvent;
import org.disputeregistry.events.mediation.CommercialMediationStepRetractedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Corrections of a commercial mediation: the latest step amended or retracted, four eyes. */
class CommercialMediationCorrectionTest {

  static final LocalDate MAY_12 = LocalDate.of(2023, 5, 12);
  static final Money CORRECTED = new Money(new BigDecimal("800000.00"), "CNY");

  private AggregateTestFixture<CommercialMediationCase> fixture;

  @BeforeEach
  void setUp() {
    fixture =
        CaseFixtures.fixture(CommercialMediationCase.class, new CaseFixtures.InMemoryCaseNumbers());
  }

  static CommercialMediationStepRetractedEvent agreementRetracted() {
    return new CommercialMediationStepRetractedEvent(
        CASE, step(9), MAY_12, step(3), "误录入", "mediator.sun");
  }

  @Test
  void givenAnAgreementWhenItsAmountIsAmendedThenTheAgreementCountsWithTheAmendedAmount() {
    fixture
        .given(RECEIVED, ACCEPTED, APPOINTED, SIGNED)
        .when(
            new SignAgreementCommand(CASE, step(3), MAY_10, CORRECTED),
            amending(new Amendment(step(9), MAY_12, "金额录入错误", "mediator.sun"), "mediator.chen"))
        .expectEvents(
            new CommercialMediationStepAmendedEvent(
                CASE,
                step(9),
                MAY_12,
                step(3),
                AmendedStep.of(
                    new CommercialMediationAgreementSignedEvent(
                        CASE, step(3), MAY_10, CORRECTED, "M-0042", JUNE_9)),
                "金额录入错误",
                "mediator.sun"))
        .expectResultMessagePayload(new Recorded(Receipt.RECORDED, CASE, step(9), "AGREED", 4));
  }

  @Test
  void givenAnAgreementWhenRetractedThenTheMediationIsOpenAgain() {
    fixture
        .given(RECEIVED, ACCEPTED, APPOINTED, SIGNED)
        .when(
            new RetractStepCommand(CASE, step(9), MAY_12, step(3), "误录入", "mediator.sun"),
            by("mediator.chen"))
        .expectEvents(agreementRetracted())
        .expectResultMessagePayload(new Recorded(Receipt.RECORDED, CASE, step(9), "ACCEPTED", 4));
  }

  @Test
  void givenARetractedAgreementWhenSignedAgainThenRecordedWithTheAppointedMediator() {
    fixture
        .given(RECEIVED, ACCEPTED, APPOINTED, SIGNED, agreementRetracted())
        .when(new SignAgreementCommand(CASE, step(4), MAY_12, AGREED))
        .expectEvents(
            new CommercialMediationAgreementSignedEvent(
                CASE, step(4), MAY_12, AGREED, "M-0042", LocalDate.of(2023, 6, 12)));
  }

  @Test
  void givenAnAgreementWhenTheAppointmentBeforeItIsRetractedThenNotTheLatestStep() {
    fixture
        .given(RECEIVED, ACCEPTED, APPOINTED, SIGNED)
        .when(
            new RetractStepCommand(CASE, step(9), MAY_12, step(2), "误录入", "mediator.sun"),
            by("mediator.chen"))
        .expectException(Violates.rule(ErrorCode.NOT_THE_LATEST_STEP))
        .expectNoEvents();
  }
}
