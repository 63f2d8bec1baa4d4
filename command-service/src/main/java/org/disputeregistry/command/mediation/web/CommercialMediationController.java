package org.disputeregistry.command.mediation.web;

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
import org.disputeregistry.command.mediation.CommercialMediationView;
import org.disputeregistry.command.mediation.CommercialMediationViews;
import org.disputeregistry.command.mediation.ReceiveMediationApplicationCommand;
import org.disputeregistry.command.mediation.RetractStepCommand;
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
 * Commercial mediation (商事调解): open a case, record its steps, read its state. Each step is a POST
 * to {@code /api/commercial-mediations/{caseId}/<step>}; the same paths and bodies make the lines
 * of a back-fill file.
 */
@RestController
@RequestMapping(CommercialMediationController.PATH)
@Tag(name = "Commercial mediation (商事调解)")
@Allowed(Role.MEDIATOR)
class CommercialMediationController {

  static final String PATH = "/api/commercial-mediations";

  private final CaseCommands commands;
  private final CommercialMediationViews views;

  CommercialMediationController(CaseCommands commands, CommercialMediationViews views) {
    this.commands = commands;
    this.views = views;
  }

  @Operation(summary = "Open a case: a mediation application was received at a centre")
  @PostMapping
  ResponseEntity<Recorded> receive(
      @Valid @RequestBody ReceiveMediationApplicationRequest request,
      @Parameter(hidden = true) Caller caller) {
    return CaseResponses.opened(
        PATH,
        commands.open(request.toCommand(), ReceiveMediationApplicationCommand.NEW_CASE, caller));
  }

  @Operation(
      summary = "The current state of a case on the command side",
      description = "Its ETag is the case's version: send it as If-Match to refuse stale writes.")
  @GetMapping("/{caseId}")
  @Allowed({Role.MEDIATOR, Role.ANALYST})
  ResponseEntity<CommercialMediationView> find(@PathVariable UUID caseId) {
    CommercialMediationView view = views.find(new CaseId(caseId));
    return CaseResponses.current(view, view.version());
  }

  @Operation(summary = TimelineDocs.SUMMARY, description = TimelineDocs.DESCRIPTION)
  @GetMapping("/{caseId}/timeline")
  @Allowed({Role.MEDIATOR, Role.ANALYST})
  ResponseEntity<Timeline> timeline(
      @PathVariable UUID caseId,
      @Parameter(description = "The sequence of the first event of the page", example = "0")
          @RequestParam(defaultValue = "0")
          @Min(0)
          long from) {
    Timeline timeline = views.timeline(new CaseId(caseId), from);
    return CaseResponses.current(timeline, timeline.version());
  }

  @Operation(summary = "The centre accepts the case for mediation")
  @PostMapping("/{caseId}/acceptance")
  ResponseEntity<Recorded> acceptance(
      @PathVariable UUID caseId,
      @Valid @RequestBody AcceptRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The centre does not accept the case")
  @PostMapping("/{caseId}/non-acceptance")
  ResponseEntity<Recorded> nonAcceptance(
      @PathVariable UUID caseId,
      @Valid @RequestBody RefuseAcceptanceRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Appoint a mediator")
  @PostMapping("/{caseId}/mediator-appointment")
  ResponseEntity<Recorded> mediatorAppointment(
      @PathVariable UUID caseId,
      @Valid @RequestBody AppointMediatorRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The appointed mediator withdraws or is challenged (回避)")
  @PostMapping("/{caseId}/mediator-recusal")
  ResponseEntity<Recorded> mediatorRecusal(
      @PathVariable UUID caseId,
      @Valid @RequestBody RecuseMediatorRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "A mediation session was held by the appointed mediator")
  @PostMapping("/{caseId}/session")
  ResponseEntity<Recorded> session(
      @PathVariable UUID caseId,
      @Valid @RequestBody HoldSessionRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The parties signed an agreement: the mediation succeeded")
  @PostMapping("/{caseId}/agreement")
  ResponseEntity<Recorded> agreement(
      @PathVariable UUID caseId,
      @Valid @RequestBody SignAgreementRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The mediation ended without agreement")
  @PostMapping("/{caseId}/ending-without-agreement")
  ResponseEntity<Recorded> endingWithoutAgreement(
      @PathVariable UUID caseId,
      @Valid @RequestBody EndWithoutAgreementRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The applicant withdrew")
  @PostMapping("/{caseId}/withdrawal")
  ResponseEntity<Recorded> withdrawal(
      @PathVariable UUID caseId,
      @Valid @RequestBody WithdrawRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The parties applied to a court to confirm the agreement (司法确认)")
  @PostMapping("/{caseId}/judicial-confirmation-application")
  ResponseEntity<Recorded> judicialConfirmationApplication(
      @PathVariable UUID caseId,
      @Valid @RequestBody ApplyForJudicialConfirmationRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The court ruled on the confirmation")
  @PostMapping("/{caseId}/judicial-confirmation-ruling")
  ResponseEntity<Recorded> judicialConfirmationRuling(
      @PathVariable UUID caseId,
      @Valid @RequestBody RuleOnJudicialConfirmationRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The agreement was performed, fully or in part")
  @PostMapping("/{caseId}/performance")
  ResponseEntity<Recorded> performance(
      @PathVariable UUID caseId,
      @Valid @RequestBody RecordPerformanceRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = CorrectionDocs.AMEND_SUMMARY, description = CorrectionDocs.AMEND_DESCRIPTION)
  @PostMapping("/{caseId}/amendment")
  @Allowed(Role.MEDIATOR)
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
  @Allowed(Role.MEDIATOR)
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
