package org.disputeregistry.command.petition;

import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;
import static org.disputeregistry.command.lifecycle.CaseFixtures.amending;
import static org.disputeregistry.command.lifecycle.CaseFixtures.by;
import static org.disputeregistry.command.lifecycle.CaseFixtures.step;
import static org.disputeregistry.command.petition.PetitionCaseTest.ACCEPTED;
import static org.disputeregistry.command.petition.PetitionCaseTest.APRIL_10;
import static org.disputeregistry.command.petition.PetitionCaseTest.REGISTERED;
import static org.disputeregistry.command.petition.PetitionCaseTest.REPLIED;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputeregistry.command.lifecycle.Amendment;
import org.disputeregistry.command.lifecycle.CaseFixtures;
import org.disputeregistry.command.lifecycle.Receipt;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.Violates;
import org.disputeregistry.events.AmendedStep;
import org.disputeregistry.events.petition.PetitionResolvedEvent;
import org.disputeregistry.events.petition.PetitionStepAmendedEvent;
import org.disputeregistry.events.petition.PetitionStepRetractedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Corrections of a petition: the latest step amended or retracted, four eyes. */
class PetitionCorrectionTest {

  static final LocalDate APRIL_12 = LocalDate.of(2023, 4, 12);
  static final LocalDate APRIL_20 = LocalDate.of(2023, 4, 20);
  static final PetitionResolvedEvent RESOLVED = new PetitionResolvedEvent(CASE, step(3), APRIL_12);

  private AggregateTestFixture<PetitionCase> fixture;

  @BeforeEach
  void setUp() {
    fixture = CaseFixtures.fixture(PetitionCase.class, new CaseFixtures.InMemoryCaseNumbers());
  }

  @Test
  void givenAResolutionWhenItsDateIsAmendedThenItCountsOnTheAmendedDay() {
    fixture
        .given(REGISTERED, ACCEPTED, REPLIED, RESOLVED)
        .when(
            new RecordResolvedCommand(CASE, step(3), APRIL_10),
            amending(new Amendment(step(9), APRIL_20, "日期录入错误", "petition.wang"), "petition.zhou"))
        .expectEvents(
            new PetitionStepAmendedEvent(
                CASE,
                step(9),
                APRIL_20,
                step(3),
                AmendedStep.of(new PetitionResolvedEvent(CASE, step(3), APRIL_10)),
                "日期录入错误",
                "petition.wang"));
  }

  @Test
  void givenAResolutionWhenRetractedThenItMayBeConcludedOtherwise() {
    fixture
        .given(
            REGISTERED,
            ACCEPTED,
            REPLIED,
            RESOLVED,
            new PetitionStepRetractedEvent(
                CASE, step(9), APRIL_20, step(3), "误录入", "petition.wang"))
        .when(new RecordNotResolvedCommand(CASE, step(4), APRIL_20, "诉求超出政策范围"))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void givenAResolutionWhenTheRecorderApprovesTheRetractionThenApproverIsActor() {
    fixture
        .given(REGISTERED, ACCEPTED, REPLIED, RESOLVED)
        .when(
            new RetractStepCommand(CASE, step(9), APRIL_20, step(3), "误录入", "petition.zhou"),
            by("petition.zhou"))
        .expectException(Violates.rule(ErrorCode.APPROVER_IS_ACTOR))
        .expectNoEvents();
  }

  @Test
  void givenAReplyWhenRetractedThenTheReplyIsDueAgain() {
    fixture
        .given(REGISTERED, ACCEPTED, REPLIED)
        .when(
            new RetractStepCommand(CASE, step(9), APRIL_20, step(2), "误录入", "petition.wang"),
            by("petition.zhou"))
        .expectEvents(
            new PetitionStepRetractedEvent(
                CASE, step(9), APRIL_20, step(2), "误录入", "petition.wang"))
        .expectResultMessagePayload(new Recorded(Receipt.RECORDED, CASE, step(9), "ACCEPTED", 3));
  }
}
