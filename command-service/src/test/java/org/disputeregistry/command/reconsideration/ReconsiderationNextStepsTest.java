package org.disputeregistry.command.reconsideration;

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
import org.disputeregistry.events.reconsideration.DecisionOutcome;
import org.disputeregistry.events.reconsideration.Procedure;
import org.disputeregistry.events.reconsideration.ReviewActivity;
import org.disputeregistry.events.reconsideration.WithdrawalReason;
import org.junit.jupiter.api.Test;

/** The view of a reconsideration case offers exactly the steps its aggregate accepts. */
class ReconsiderationNextStepsTest implements NextStepsProperty.CaseModel {

  @Test
  void everyStepOfferedIsAcceptedAndEveryOtherRefusedInEveryStateReached() {
    // A case of 2024, under the 2023 revision, where both procedures exist.
    var fixture =
        CaseFixtures.fixture(
            ReconsiderationCase.class,
            new CaseFixtures.InMemoryCaseNumbers(),
            CaseFixtures.TODAY_IS_2024_06_28);

    var states = NextStepsProperty.check(fixture, this, 13, 60, 12);

    assertThat(states)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ReconsiderationState.values()).map(Enum::name).toList());
  }

  @Test
  void aReceivedApplicationOffersItsFirstStepsAndAClosedCaseNone() {
    assertThat(nextSteps(List.of(opened())))
        .containsExactly("correction-request", "acceptance", "non-acceptance", "redirection");
    var accepted =
        new AcceptCommand(CASE, UUID.randomUUID(), LocalDate.of(2024, 3, 5), Procedure.SIMPLIFIED)
            .toEvent(false, LocalDate.of(2024, 4, 7), LocalDate.of(2024, 3, 8));
    assertThat(nextSteps(List.of(opened(), accepted)))
        .as("a simplified review converts but does not extend")
        .contains("procedure-conversion", "decision")
        .doesNotContain("extension", "acceptance");
    var decided =
        new DecideCommand(CASE, UUID.randomUUID(), LocalDate.of(2024, 3, 9), DecisionOutcome.UPHELD)
            .toEvent();
    assertThat(nextSteps(List.of(opened(), accepted, decided))).isEmpty();
  }

  @Override
  public CaseEvent opened() {
    return ReconsiderationCaseTest.LawOfTheReceiptDate.received2024();
  }

  @Override
  public List<String> steps() {
    return Arrays.stream(ReconsiderationStep.values()).map(CaseStep::segment).toList();
  }

  static ReconsiderationView view(List<CaseEvent> history) {
    ReconsiderationViewFold fold = new ReconsiderationViewFold();
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
    ReconsiderationView view = view(history);
    return switch (ReconsiderationStep.valueOf(step.toUpperCase().replace('-', '_'))) {
      case CORRECTION_REQUEST -> new RequestCorrectionCommand(CASE, id, on, "身份证明");
      case CORRECTION_PERIOD_EXTENSION ->
          new ExtendCorrectionPeriodCommand(
              CASE, id, on, 1 + random.nextInt(10), APPROVER, "申请人住院");
      case CORRECTION -> new ReceiveCorrectionCommand(CASE, id, on);
      case ABANDONMENT ->
          new DeemAbandonedCommand(
              CASE,
              id,
              view.correctionDueOn() == null || on.isAfter(view.correctionDueOn())
                  ? on
                  : view.correctionDueOn().plusDays(1));
      case ACCEPTANCE ->
          new AcceptCommand(
              CASE, id, on, random.nextBoolean() ? Procedure.ORDINARY : Procedure.SIMPLIFIED);
      case NON_ACCEPTANCE -> new RefuseAcceptanceCommand(CASE, id, on, "不属于受理范围");
      case REDIRECTION -> new RedirectCommand(CASE, id, on, "深圳市人民政府");
      case COPY_TO_RESPONDENT -> new SendCopyToRespondentCommand(CASE, id, on);
      case REVIEW_ACTIVITY ->
          new RecordReviewActivityCommand(CASE, id, ReviewActivity.VIEWS_HEARD, on);
      case SUSPENSION -> new SuspendCommand(CASE, id, on, "等待鉴定结论");
      case RESUMPTION -> new ResumeCommand(CASE, id, on);
      case EXTENSION ->
          new ExtendTimeLimitCommand(CASE, id, on, 1 + random.nextInt(30), APPROVER, "案情复杂");
      case PROCEDURE_CONVERSION -> new ConvertProcedureCommand(CASE, id, on, "案情复杂");
      case MEDIATION_AGREEMENT -> new RecordMediationAgreementCommand(CASE, id, on);
      case WITHDRAWAL -> new ApproveWithdrawalCommand(CASE, id, on, WithdrawalReason.SETTLEMENT);
      case TERMINATION -> new TerminateCommand(CASE, id, on, "申请人死亡");
      case DECISION -> new DecideCommand(CASE, id, on, DecisionOutcome.UPHELD);
      case DISMISSAL -> new DismissApplicationCommand(CASE, id, on, "不符合受理条件");
    };
  }
}
