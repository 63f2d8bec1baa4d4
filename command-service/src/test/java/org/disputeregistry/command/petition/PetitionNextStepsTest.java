package org.disputeregistry.command.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.command.lifecycle.CaseFixtures.APPROVER;
import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.CaseFixtures;
import org.disputeregistry.command.lifecycle.CaseStep;
import org.disputeregistry.command.lifecycle.NextStepsProperty;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.petition.LegalChannel;
import org.disputeregistry.events.petition.ReviewOutcome;
import org.disputeregistry.events.petition.Satisfaction;
import org.junit.jupiter.api.Test;

/** The view of a petition offers exactly the steps its aggregate accepts. */
class PetitionNextStepsTest implements NextStepsProperty.CaseModel {

  @Test
  void everyStepOfferedIsAcceptedAndEveryOtherRefusedInEveryStateReached() {
    var fixture = CaseFixtures.fixture(PetitionCase.class, new CaseFixtures.InMemoryCaseNumbers());

    var states = NextStepsProperty.check(fixture, this, 19, 60, 14);

    assertThat(states)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(PetitionState.values()).map(Enum::name).toList());
  }

  @Test
  void anAcceptedPetitionOffersOneExtensionOnly() {
    assertThat(nextSteps(List.of(opened(), PetitionCaseTest.ACCEPTED)))
        .containsExactly("assignment", "extension", "reply");
    assertThat(
            nextSteps(
                List.of(
                    opened(),
                    PetitionCaseTest.ACCEPTED,
                    PetitionCaseTest.OneExtensionOfAtMostThirtyDays.EXTENDED)))
        .containsExactly("assignment", "reply");
  }

  @Override
  public CaseEvent opened() {
    return PetitionCaseTest.REGISTERED;
  }

  @Override
  public List<String> steps() {
    return Arrays.stream(PetitionStep.values()).map(CaseStep::segment).toList();
  }

  static PetitionView view(List<CaseEvent> history) {
    PetitionViewFold fold = new PetitionViewFold();
    history.forEach(fold::on);
    return fold.view(history.size() - 1);
  }

  @Override
  public List<String> nextSteps(List<CaseEvent> history) {
    return view(history).nextSteps();
  }

  @Override
  public String state(List<CaseEvent> history) {
    return view(history).state();
  }

  @Override
  public Object command(String step, List<CaseEvent> history, LocalDate on, Random random) {
    UUID id = new UUID(random.nextLong(), random.nextLong());
    ReviewOutcome outcome = random.nextBoolean() ? ReviewOutcome.UPHELD : ReviewOutcome.CHANGED;
    return switch (PetitionStep.valueOf(step.toUpperCase().replace('-', '_'))) {
      case ACCEPTANCE -> new AcceptCommand(CASE, id, on);
      case NON_ACCEPTANCE -> new RefuseAcceptanceCommand(CASE, id, on, "不属于信访事项");
      case REDIRECTION -> new RedirectCommand(CASE, id, on, LegalChannel.LITIGATION);
      case ASSIGNMENT -> new AssignCommand(CASE, id, on, "光明区住房和建设局", on.plusDays(30));
      case EXTENSION ->
          new ExtendReplyTimeLimitCommand(CASE, id, on, 1 + random.nextInt(30), APPROVER, "需要协调");
      case REPLY -> new ReplyCommand(CASE, id, on);
      case RESOLUTION -> new RecordResolvedCommand(CASE, id, on);
      case NON_RESOLUTION -> new RecordNotResolvedCommand(CASE, id, on, "诉求缺乏政策依据");
      case SATISFACTION -> new RateSatisfactionCommand(CASE, id, on, Satisfaction.SATISFIED);
      case REVIEW_REQUEST -> new RequestReviewCommand(CASE, id, on);
      case REVIEW_DECISION -> new DecideReviewCommand(CASE, id, on, outcome);
      case RE_REVIEW_REQUEST -> new RequestReReviewCommand(CASE, id, on);
      case RE_REVIEW_DECISION -> new DecideReReviewCommand(CASE, id, on, outcome);
    };
  }
}
