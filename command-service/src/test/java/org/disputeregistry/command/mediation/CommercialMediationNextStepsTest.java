package org.disputeregistry.command.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputeregistry.command.lifecycle.CaseFixtures.CASE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.CaseFixtures;
import org.disputeregistry.command.lifecycle.CaseStep;
import org.disputeregistry.command.lifecycle.NextStepsProperty;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.Money;
import org.disputeregistry.events.mediation.ConfirmationRuling;
import org.disputeregistry.events.mediation.Performance;
import org.disputeregistry.events.mediation.SessionMode;
import org.junit.jupiter.api.Test;

/** The view of a commercial mediation case offers exactly the steps its aggregate accepts. */
class CommercialMediationNextStepsTest implements NextStepsProperty.CaseModel {

  static final Money AMOUNT = new Money(new BigDecimal("1000.00"), "CNY");

  @Test
  void everyStepOfferedIsAcceptedAndEveryOtherRefusedInEveryStateReached() {
    var fixture =
        CaseFixtures.fixture(CommercialMediationCase.class, new CaseFixtures.InMemoryCaseNumbers());

    var states = NextStepsProperty.check(fixture, this, 17, 60, 12);

    assertThat(states)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(CommercialMediationState.values()).map(Enum::name).toList());
  }

  @Test
  void anAcceptedCaseOffersSessionsOnlyOnceAMediatorIsAppointed() {
    assertThat(nextSteps(List.of(opened(), CommercialMediationCaseTest.ACCEPTED)))
        .containsExactly("mediator-appointment", "ending-without-agreement", "withdrawal");
    assertThat(
            nextSteps(
                List.of(
                    opened(),
                    CommercialMediationCaseTest.ACCEPTED,
                    CommercialMediationCaseTest.APPOINTED)))
        .containsExactly(
            "mediator-recusal", "session", "agreement", "ending-without-agreement", "withdrawal");
  }

  @Override
  public CaseEvent opened() {
    return CommercialMediationCaseTest.RECEIVED;
  }

  @Override
  public List<String> steps() {
    return Arrays.stream(CommercialMediationStep.values()).map(CaseStep::segment).toList();
  }

  static CommercialMediationView view(List<CaseEvent> history) {
    CommercialMediationViewFold fold = new CommercialMediationViewFold();
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
    String mediator = view(history).mediator();
    return switch (CommercialMediationStep.valueOf(step.toUpperCase().replace('-', '_'))) {
      case ACCEPTANCE -> new AcceptCommand(CASE, id, on);
      case NON_ACCEPTANCE -> new RefuseAcceptanceCommand(CASE, id, on, "不属于调解范围");
      case MEDIATOR_APPOINTMENT ->
          new AppointMediatorCommand(CASE, id, on, "M-%04d".formatted(random.nextInt(10_000)));
      case MEDIATOR_RECUSAL ->
          new RecuseMediatorCommand(CASE, id, on, mediator == null ? "M-0001" : mediator, "利害关系");
      case SESSION -> new HoldSessionCommand(CASE, id, on, SessionMode.ONLINE);
      case AGREEMENT -> new SignAgreementCommand(CASE, id, on, AMOUNT);
      case ENDING_WITHOUT_AGREEMENT -> new EndWithoutAgreementCommand(CASE, id, on, "分歧过大");
      case WITHDRAWAL -> new WithdrawCommand(CASE, id, on, "自行和解");
      case JUDICIAL_CONFIRMATION_APPLICATION ->
          new ApplyForJudicialConfirmationCommand(CASE, id, on, "光明区人民法院");
      case JUDICIAL_CONFIRMATION_RULING ->
          new RuleOnJudicialConfirmationCommand(
              CASE,
              id,
              on,
              random.nextBoolean() ? ConfirmationRuling.VALID : ConfirmationRuling.INVALID);
      case PERFORMANCE ->
          new RecordPerformanceCommand(
              CASE, id, on, random.nextBoolean() ? Performance.FULLY : Performance.PARTLY, AMOUNT);
    };
  }
}
