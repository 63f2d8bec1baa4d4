package org.disputeregistry.command.reconsideration;

import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.actingFor;
import static org.disputeregistry.command.lifecycle.CaseFixtures.amending;
import static org.disputeregistry.command.lifecycle.CaseFixtures.by;
import static org.disputeregistry.command.lifecycle.CaseFixtures.step;
import static org.disputeregistry.command.reconsideration.ReconsiderationCaseTest.MARCH_1;
import static org.disputeregistry.command.reconsideration.ReconsiderationCaseTest.MARCH_3;
import static org.disputeregistry.command.reconsideration.ReconsiderationCaseTest.acceptedOrdinary;
import static org.disputeregistry.command.reconsideration.ReconsiderationCaseTest.received;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputeregistry.command.lifecycle.Amendment;
import org.disputeregistry.command.lifecycle.CaseFixtures;
import org.disputeregistry.command.lifecycle.Receipt;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.lifecycle.WrongOrganisation;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.Violates;
import org.disputeregistry.events.AmendedStep;
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReconsiderationAcceptedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationDecidedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationMediationAgreementEffectiveEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationStepAmendedEvent;
import org.disputeregistry.events.reconsideration.ReconsiderationStepRetractedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Corrections without rewriting history: the latest step in effect is amended or retracted by a new
 * event with a reason and a second officer's approval, and the case's rules judge the corrected
 * history.
 */
class ReconsiderationCorrectionTest {

  static final LocalDate APRIL_10 = LocalDate.of(2023, 4, 10);
  static final String OFFICER = "officer.li";
  static final String DIRECTOR = "director.zhao";
  static final String REASON = "决定结果录入错误";

  private AggregateTestFixture<ReconsiderationCase> fixture;

  @BeforeEach
  void setUp() {
    fixture =
        CaseFixtures.fixture(ReconsiderationCase.class, new CaseFixtures.InMemoryCaseNumbers());
  }

  static ReconsiderationDecidedEvent decided(DecisionOutcome outcome) {
    return new ReconsiderationDecidedEvent(CASE, step(2), MARCH_3, outcome);
  }

  static Amendment amendment() {
    return new Amendment(step(9), APRIL_10, REASON, DIRECTOR);
  }

  static ReconsiderationStepAmendedEvent amendedToRevoked() {
    return new ReconsiderationStepAmendedEvent(
        CASE,
        step(9),
        APRIL_10,
        step(2),
        AmendedStep.of(decided(DecisionOutcome.REVOKED)),
        REASON,
        DIRECTOR);
  }

  static ReconsiderationMediationAgreementEffectiveEvent agreement() {
    return new ReconsiderationMediationAgreementEffectiveEvent(CASE, step(2), MARCH_3);
  }

  static RetractStepCommand retract(int stepToRetract, String approvedBy) {
    return new RetractStepCommand(CASE, step(9), APRIL_10, step(stepToRetract), "误录入", approvedBy);
  }

  @Nested
  class Amendment_ {

    @Test
    void givenDecidedUpheldWhenAmendedToRevokedThenAmendmentRecordedAndCaseStaysClosed() {
      fixture
          .given(received(), acceptedOrdinary(), decided(DecisionOutcome.UPHELD))
          .when(
              new DecideCommand(CASE, step(2), MARCH_3, DecisionOutcome.REVOKED),
              amending(amendment(), OFFICER))
          .expectEvents(amendedToRevoked())
          .expectResultMessagePayload(new Recorded(Receipt.RECORDED, CASE, step(9), "CLOSED", 3));
    }

    @Test
    void givenAmendedWhenTheSameAmendmentIsRetriedThenAlreadyRecordedAndNothingNew() {
      fixture
          .given(
              received(), acceptedOrdinary(), decided(DecisionOutcome.UPHELD), amendedToRevoked())
          .when(
              new DecideCommand(CASE, step(2), MARCH_3, DecisionOutcome.REVOKED),
              amending(amendment(), OFFICER))
          .expectNoEvents()
          .expectResultMessagePayload(
              new Recorded(Receipt.ALREADY_RECORDED, CASE, step(9), "CLOSED", 3));
    }

    @Test
    void givenAmendedWhenTheAmendmentIdIsReusedForAnotherThenStepIdTaken() {
      fixture
          .given(
              received(), acceptedOrdinary(), decided(DecisionOutcome.UPHELD), amendedToRevoked())
          .when(
              new DecideCommand(CASE, step(2), MARCH_3, DecisionOutcome.VARIED),
              amending(amendment(), OFFICER))
          .expectException(Violates.rule(ErrorCode.STEP_ID_TAKEN))
          .expectNoEvents();
    }

    @Test
    void givenAmendedWhenAnotherStepFollowsThenTheAmendedStepIsWhatItFollows() {
      // Amended to a later acceptance: a step dated between the two is now before its previous.
      fixture
          .given(
              received(),
              acceptedOrdinary(),
              new ReconsiderationStepAmendedEvent(
                  CASE,
                  step(9),
                  APRIL_10,
                  step(1),
                  AmendedStep.of(
                      new ReconsiderationAcceptedEvent(
                          CASE,
                          step(1),
                          LocalDate.of(2023, 3, 10),
                          Procedure.ORDINARY,
                          false,
                          LocalDate.of(2023, 5, 9),
                          LocalDate.of(2023, 3, 21))),
                  REASON,
                  DIRECTOR))
          .when(new DecideCommand(CASE, step(3), LocalDate.of(2023, 3, 5), DecisionOutcome.UPHELD))
          .expectException(Violates.rule(ErrorCode.DATE_BEFORE_PREVIOUS_STEP))
          .expectNoEvents();
    }

    @Test
    void givenDecidedWhenAmendedToADateBeforeTheStepItFollowsThenRefused() {
      fixture
          .given(received(), acceptedOrdinary(), decided(DecisionOutcome.UPHELD))
          .when(
              new DecideCommand(CASE, step(2), MARCH_1, DecisionOutcome.UPHELD),
              amending(amendment(), OFFICER))
          .expectException(Violates.rule(ErrorCode.DATE_BEFORE_PREVIOUS_STEP))
          .expectNoEvents();
    }

    @Test
    void givenDecidedWhenTheAcceptanceBeforeItIsAmendedThenNotTheLatestStep() {
      fixture
          .given(received(), acceptedOrdinary(), decided(DecisionOutcome.UPHELD))
          .when(
              new AcceptCommand(CASE, step(1), MARCH_1, Procedure.ORDINARY),
              amending(amendment(), OFFICER))
          .expectException(Violates.rule(ErrorCode.NOT_THE_LATEST_STEP))
          .expectNoEvents();
    }

    @Test
    void givenDecidedWhenAmendedIntoAnotherKindOfStepThenNotTheSameStep() {
      fixture
          .given(received(), acceptedOrdinary(), decided(DecisionOutcome.UPHELD))
          .when(
              new DismissApplicationCommand(CASE, step(2), MARCH_3, "不符合受理条件"),
              amending(amendment(), OFFICER))
          .expectException(Violates.rule(ErrorCode.NOT_THE_SAME_STEP))
          .expectNoEvents();
    }

    @Test
    void givenDecidedWhenTheRecorderApprovesTheirOwnAmendmentThenApproverIsActor() {
      fixture
          .given(received(), acceptedOrdinary(), decided(DecisionOutcome.UPHELD))
          .when(
              new DecideCommand(CASE, step(2), MARCH_3, DecisionOutcome.REVOKED),
              amending(new Amendment(step(9), APRIL_10, REASON, OFFICER), OFFICER))
          .expectException(Violates.rule(ErrorCode.APPROVER_IS_ACTOR))
          .expectNoEvents();
    }

    @Test
    void givenDecidedWhenApprovedBeforeTheStepThenDateBeforePreviousStep() {
      fixture
          .given(received(), acceptedOrdinary(), decided(DecisionOutcome.UPHELD))
          .when(
              new DecideCommand(CASE, step(2), MARCH_3, DecisionOutcome.REVOKED),
              amending(new Amendment(step(9), MARCH_1, REASON, DIRECTOR), OFFICER))
          .expectException(Violates.rule(ErrorCode.DATE_BEFORE_PREVIOUS_STEP))
          .expectNoEvents();
    }

    @Test
    void givenAStepUnknownToTheCaseWhenAmendedThenUnknownStep() {
      fixture
          .given(received(), acceptedOrdinary())
          .when(
              new DecideCommand(CASE, step(5), MARCH_3, DecisionOutcome.REVOKED),
              amending(amendment(), OFFICER))
          .expectException(Violates.rule(ErrorCode.UNKNOWN_STEP))
          .expectNoEvents();
    }
  }

  @Nested
  class Retraction {

    @Test
    void givenAMediationAgreementWhenRetractedThenTheCaseIsUnderReviewAgain() {
      fixture
          .given(received(), acceptedOrdinary(), agreement())
          .when(retract(2, DIRECTOR), by(OFFICER))
          .expectEvents(
              new ReconsiderationStepRetractedEvent(
                  CASE, step(9), APRIL_10, step(2), "误录入", DIRECTOR))
          .expectResultMessagePayload(
              new Recorded(Receipt.RECORDED, CASE, step(9), "UNDER_REVIEW", 3));
    }

    @Test
    void givenARetractedEndingWhenTheCaseIsDecidedThenItTakesItsEndingAgain() {
      fixture
          .given(
              received(),
              acceptedOrdinary(),
              agreement(),
              new ReconsiderationStepRetractedEvent(
                  CASE, step(9), APRIL_10, step(2), "误录入", DIRECTOR))
          .when(new DecideCommand(CASE, step(3), MARCH_3, DecisionOutcome.UPHELD))
          .expectEvents(
              new ReconsiderationDecidedEvent(CASE, step(3), MARCH_3, DecisionOutcome.UPHELD));
    }

    @Test
    void givenARetractionWhenRetriedThenAlreadyRecorded() {
      fixture
          .given(
              received(),
              acceptedOrdinary(),
              agreement(),
              new ReconsiderationStepRetractedEvent(
                  CASE, step(9), APRIL_10, step(2), "误录入", DIRECTOR))
          .when(retract(2, DIRECTOR), by(OFFICER))
          .expectNoEvents()
          .expectResultMessagePayload(
              new Recorded(Receipt.ALREADY_RECORDED, CASE, step(9), "UNDER_REVIEW", 3));
    }

    @Test
    void givenAStepFollowedByAnotherWhenRetractedThenNotTheLatestStep() {
      fixture
          .given(received(), acceptedOrdinary(), agreement())
          .when(retract(1, DIRECTOR), by(OFFICER))
          .expectException(Violates.rule(ErrorCode.NOT_THE_LATEST_STEP))
          .expectNoEvents();
    }

    @Test
    void givenTheLaterStepRetractedFirstWhenTheEarlierIsRetractedThenTheCaseIsReceivedAgain() {
      fixture
          .given(
              received(),
              acceptedOrdinary(),
              agreement(),
              new ReconsiderationStepRetractedEvent(
                  CASE, step(9), APRIL_10, step(2), "误录入", DIRECTOR))
          .when(
              new RetractStepCommand(CASE, step(10), APRIL_10, step(1), "误录入", DIRECTOR),
              by(OFFICER))
          .expectEvents(
              new ReconsiderationStepRetractedEvent(
                  CASE, step(10), APRIL_10, step(1), "误录入", DIRECTOR))
          .expectResultMessagePayload(
              new Recorded(Receipt.RECORDED, CASE, step(10), "RECEIVED", 4));
    }

    @Test
    void givenARetractedStepWhenRetractedAgainThenUnknownStep() {
      fixture
          .given(
              received(),
              acceptedOrdinary(),
              agreement(),
              new ReconsiderationStepRetractedEvent(
                  CASE, step(9), APRIL_10, step(2), "误录入", DIRECTOR))
          .when(
              new RetractStepCommand(CASE, step(10), APRIL_10, step(2), "误录入", DIRECTOR),
              by(OFFICER))
          .expectException(Violates.rule(ErrorCode.UNKNOWN_STEP))
          .expectNoEvents();
    }

    @Test
    void givenAStepWhenTheRecorderApprovesTheRetractionThenApproverIsActor() {
      fixture
          .given(received(), acceptedOrdinary(), agreement())
          .when(retract(2, OFFICER), by(OFFICER))
          .expectException(Violates.rule(ErrorCode.APPROVER_IS_ACTOR))
          .expectNoEvents();
    }

    @Test
    void givenAStepWhenRetractedForAnotherOrganisationThenWrongOrganisation() {
      fixture
          .given(received(), acceptedOrdinary(), agreement())
          .when(retract(2, DIRECTOR), actingFor("CENTRE:SCIENCE_CITY"))
          .expectException(WrongOrganisation.class)
          .expectNoEvents();
    }
  }
}
