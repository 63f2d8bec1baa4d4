package org.disputeregistry.command.reconsideration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.disputeregistry.command.lifecycle.Caller;
import org.disputeregistry.command.lifecycle.CaseCommands;
import org.disputeregistry.command.lifecycle.Recorded;
import org.disputeregistry.command.lifecycle.StepRequest;
import org.disputeregistry.command.lifecycle.Timeline;
import org.disputeregistry.command.reconsideration.ReceiveApplicationCommand;
import org.disputeregistry.command.reconsideration.ReconsiderationView;
import org.disputeregistry.command.reconsideration.ReconsiderationViews;
import org.disputeregistry.command.reconsideration.RetractStepCommand;
import org.disputeregistry.command.web.CaseResponses;
import org.disputeregistry.command.web.CorrectionDocs;
import org.disputeregistry.command.web.RetractStepRequest;
import org.disputeregistry.command.web.TimelineDocs;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrative reconsideration (行政复议): open a case, record its steps, read its state. Each step
 * is a POST to {@code /api/reconsiderations/{caseId}/<step>}; the same paths and bodies make the
 * lines of a back-fill file.
 */
@RestController
@RequestMapping(ReconsiderationController.PATH)
@Tag(name = "Administrative reconsideration (行政复议)")
@Allowed(Role.RECONSIDERATION_OFFICER)
class ReconsiderationController {

  static final String PATH = "/api/reconsiderations";

  private final CaseCommands commands;
  private final ReconsiderationViews views;

  ReconsiderationController(CaseCommands commands, ReconsiderationViews views) {
    this.commands = commands;
    this.views = views;
  }

  @Operation(summary = "Open a case: its application was received (申请)")
  @PostMapping
  ResponseEntity<Recorded> receive(
      @Valid @RequestBody ReceiveApplicationRequest request,
      @Parameter(hidden = true) Caller caller) {
    return CaseResponses.opened(
        PATH, commands.open(request.toCommand(), ReceiveApplicationCommand.NEW_CASE, caller));
  }

  @Operation(
      summary = "The current state of a case on the command side",
      description = "Its ETag is the case's version: send it as If-Match to refuse stale writes.")
  @GetMapping("/{caseId}")
  @Allowed({Role.RECONSIDERATION_OFFICER, Role.ANALYST})
  ResponseEntity<ReconsiderationView> find(@PathVariable UUID caseId) {
    ReconsiderationView view = views.find(new CaseId(caseId));
    return CaseResponses.current(view, view.version());
  }

  @Operation(summary = TimelineDocs.SUMMARY, description = TimelineDocs.DESCRIPTION)
  @GetMapping("/{caseId}/timeline")
  @Allowed({Role.RECONSIDERATION_OFFICER, Role.ANALYST})
  ResponseEntity<Timeline> timeline(
      @PathVariable UUID caseId,
      @Parameter(description = "The sequence of the first event of the page", example = "0")
          @RequestParam(defaultValue = "0")
          @Min(0)
          long from) {
    Timeline timeline = views.timeline(new CaseId(caseId), from);
    return CaseResponses.current(timeline, timeline.version());
  }

  @Operation(summary = "Ask the applicant to complete the application (补正)")
  @PostMapping("/{caseId}/correction-request")
  ResponseEntity<Recorded> correctionRequest(
      @PathVariable UUID caseId,
      @Valid @RequestBody RequestCorrectionRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(
      summary =
          "Extend the applicant's period to complete the application, once, before it runs out"
              + " (2023 law, Art. 31)",
      description =
          "By at most 10 working days, approved by another officer than the caller, for a reason;"
              + " refused with NOT_PROVIDED_BY_LAW for an application received before 2024, and"
              + " with EXTENSION_AFTER_DUE_DATE on or after the period's last day.")
  @PostMapping("/{caseId}/correction-period-extension")
  ResponseEntity<Recorded> correctionPeriodExtension(
      @PathVariable UUID caseId,
      @Valid @RequestBody ExtendCorrectionPeriodRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The applicant supplied the missing material")
  @PostMapping("/{caseId}/correction")
  ResponseEntity<Recorded> correction(
      @PathVariable UUID caseId,
      @Valid @RequestBody ReceiveCorrectionRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(
      summary = "The applicant let the correction period pass: the application is deemed abandoned")
  @PostMapping("/{caseId}/abandonment")
  ResponseEntity<Recorded> abandonment(
      @PathVariable UUID caseId,
      @Valid @RequestBody DeemAbandonedRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Accept the application (受理) for review")
  @PostMapping("/{caseId}/acceptance")
  ResponseEntity<Recorded> acceptance(
      @PathVariable UUID caseId,
      @Valid @RequestBody AcceptRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Refuse to accept the application (不予受理)")
  @PostMapping("/{caseId}/non-acceptance")
  ResponseEntity<Recorded> nonAcceptance(
      @PathVariable UUID caseId,
      @Valid @RequestBody RefuseAcceptanceRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Refer the applicant to the competent authority")
  @PostMapping("/{caseId}/redirection")
  ResponseEntity<Recorded> redirection(
      @PathVariable UUID caseId,
      @Valid @RequestBody RedirectRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(
      summary =
          "The copy of the application was sent to the respondent (发送申请书副本), once; its reply"
              + " is then due (RESPONDENT_ANSWERED, a review activity, closes it)")
  @PostMapping("/{caseId}/copy-to-respondent")
  ResponseEntity<Recorded> copyToRespondent(
      @PathVariable UUID caseId,
      @Valid @RequestBody SendCopyToRespondentRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(
      summary = "Record that the respondent answered, views were heard or a hearing was held")
  @PostMapping("/{caseId}/review-activity")
  ResponseEntity<Recorded> reviewActivity(
      @PathVariable UUID caseId,
      @Valid @RequestBody RecordReviewActivityRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Suspend the review (中止); the decision clock stops")
  @PostMapping("/{caseId}/suspension")
  ResponseEntity<Recorded> suspension(
      @PathVariable UUID caseId,
      @Valid @RequestBody SuspendRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(
      summary = "Resume a suspended review; the decision is due later by the days it stood still")
  @PostMapping("/{caseId}/resumption")
  ResponseEntity<Recorded> resumption(
      @PathVariable UUID caseId,
      @Valid @RequestBody ResumeRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Extend the decision time limit, once, by at most 30 days")
  @PostMapping("/{caseId}/extension")
  ResponseEntity<Recorded> extension(
      @PathVariable UUID caseId,
      @Valid @RequestBody ExtendTimeLimitRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Convert a simplified review to the ordinary procedure")
  @PostMapping("/{caseId}/procedure-conversion")
  ResponseEntity<Recorded> procedureConversion(
      @PathVariable UUID caseId,
      @Valid @RequestBody ConvertProcedureRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "A mediation agreement (调解书) took effect: the case is closed as mediated")
  @PostMapping("/{caseId}/mediation-agreement")
  ResponseEntity<Recorded> mediationAgreement(
      @PathVariable UUID caseId,
      @Valid @RequestBody RecordMediationAgreementRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Approve the withdrawal of the application (准予撤回): the case is closed")
  @PostMapping("/{caseId}/withdrawal")
  ResponseEntity<Recorded> withdrawal(
      @PathVariable UUID caseId,
      @Valid @RequestBody ApproveWithdrawalRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Terminate the review (终止) on another ground: the case is closed")
  @PostMapping("/{caseId}/termination")
  ResponseEntity<Recorded> termination(
      @PathVariable UUID caseId,
      @Valid @RequestBody TerminateRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Issue the decision (行政复议决定): the case is closed")
  @PostMapping("/{caseId}/decision")
  ResponseEntity<Recorded> decision(
      @PathVariable UUID caseId,
      @Valid @RequestBody DecideRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Dismiss the application after acceptance (驳回申请): the case is closed")
  @PostMapping("/{caseId}/dismissal")
  ResponseEntity<Recorded> dismissal(
      @PathVariable UUID caseId,
      @Valid @RequestBody DismissApplicationRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = CorrectionDocs.AMEND_SUMMARY, description = CorrectionDocs.AMEND_DESCRIPTION)
  @PostMapping("/{caseId}/amendment")
  @Allowed(Role.RECONSIDERATION_OFFICER)
  ResponseEntity<Recorded> amendment(
      @PathVariable UUID caseId,
      @Valid @RequestBody AmendStepRequest request,
      @Parameter(hidden = true) Caller caller) {
    CaseId id = new CaseId(caseId);
    return CaseResponses.stepped(
        commands.amend(request.amended().toCommand(id), request.amendment(), caller));
  }

  @Operation(
      summary = CorrectionDocs.RETRACT_SUMMARY,
      description = CorrectionDocs.RETRACT_DESCRIPTION)
  @PostMapping("/{caseId}/retraction")
  @Allowed(Role.RECONSIDERATION_OFFICER)
  ResponseEntity<Recorded> retraction(
      @PathVariable UUID caseId,
      @Valid @RequestBody RetractStepRequest request,
      @Parameter(hidden = true) Caller caller) {
    return CaseResponses.stepped(
        commands.send(request.toCommand(new CaseId(caseId), RetractStepCommand::new), caller));
  }

  private ResponseEntity<Recorded> step(UUID caseId, StepRequest request, Caller caller) {
    return CaseResponses.stepped(commands.send(request.toCommand(new CaseId(caseId)), caller));
  }
}
