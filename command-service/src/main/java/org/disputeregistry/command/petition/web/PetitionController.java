package org.disputeregistry.command.petition.web;

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
import org.disputeregistry.command.petition.PetitionView;
import org.disputeregistry.command.petition.PetitionViews;
import org.disputeregistry.command.petition.RegisterPetitionCommand;
import org.disputeregistry.command.petition.RetractStepCommand;
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
 * Petitions and public demands (信访 / 群众诉求): open a case, record its steps, read its state. Each
 * step is a POST to {@code /api/petitions/{caseId}/<step>}; the same paths and bodies make the
 * lines of a back-fill file.
 */
@RestController
@RequestMapping(PetitionController.PATH)
@Tag(name = "Petitions and public demands (信访 / 群众诉求)")
@Allowed(Role.PETITION_OFFICER)
class PetitionController {

  static final String PATH = "/api/petitions";

  private final CaseCommands commands;
  private final PetitionViews views;

  PetitionController(CaseCommands commands, PetitionViews views) {
    this.commands = commands;
    this.views = views;
  }

  @Operation(summary = "Open a case: a petition was registered (登记)")
  @PostMapping
  ResponseEntity<Recorded> register(
      @Valid @RequestBody RegisterPetitionRequest request,
      @Parameter(hidden = true) Caller caller) {
    return CaseResponses.opened(
        PATH, commands.open(request.toCommand(), RegisterPetitionCommand.NEW_CASE, caller));
  }

  @Operation(
      summary = "The current state of a case on the command side",
      description = "Its ETag is the case's version: send it as If-Match to refuse stale writes.")
  @GetMapping("/{caseId}")
  @Allowed({Role.PETITION_OFFICER, Role.ANALYST})
  ResponseEntity<PetitionView> find(@PathVariable UUID caseId) {
    PetitionView view = views.find(new CaseId(caseId));
    return CaseResponses.current(view, view.version());
  }

  @Operation(summary = TimelineDocs.SUMMARY, description = TimelineDocs.DESCRIPTION)
  @GetMapping("/{caseId}/timeline")
  @Allowed({Role.PETITION_OFFICER, Role.ANALYST})
  ResponseEntity<Timeline> timeline(
      @PathVariable UUID caseId,
      @Parameter(description = "The sequence of the first event of the page", example = "0")
          @RequestParam(defaultValue = "0")
          @Min(0)
          long from) {
    Timeline timeline = views.timeline(new CaseId(caseId), from);
    return CaseResponses.current(timeline, timeline.version());
  }

  @Operation(summary = "Accept the petition (受理); the reply is due in 60 days")
  @PostMapping("/{caseId}/acceptance")
  ResponseEntity<Recorded> acceptance(
      @PathVariable UUID caseId,
      @Valid @RequestBody AcceptRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Refuse to accept the petition (不予受理)")
  @PostMapping("/{caseId}/non-acceptance")
  ResponseEntity<Recorded> nonAcceptance(
      @PathVariable UUID caseId,
      @Valid @RequestBody RefuseAcceptanceRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Direct the petitioner to a legal channel")
  @PostMapping("/{caseId}/redirection")
  ResponseEntity<Recorded> redirection(
      @PathVariable UUID caseId,
      @Valid @RequestBody RedirectRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Assign the petition to a department (交办) with a due date")
  @PostMapping("/{caseId}/assignment")
  ResponseEntity<Recorded> assignment(
      @PathVariable UUID caseId,
      @Valid @RequestBody AssignRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Extend the reply time limit, once, by at most 30 days")
  @PostMapping("/{caseId}/extension")
  ResponseEntity<Recorded> extension(
      @PathVariable UUID caseId,
      @Valid @RequestBody ExtendTimeLimitRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The petitioner received a written reply (答复)")
  @PostMapping("/{caseId}/reply")
  ResponseEntity<Recorded> reply(
      @PathVariable UUID caseId,
      @Valid @RequestBody ReplyRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The matter was resolved (化解)")
  @PostMapping("/{caseId}/resolution")
  ResponseEntity<Recorded> resolution(
      @PathVariable UUID caseId,
      @Valid @RequestBody RecordResolvedRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The matter was concluded without being resolved")
  @PostMapping("/{caseId}/non-resolution")
  ResponseEntity<Recorded> nonResolution(
      @PathVariable UUID caseId,
      @Valid @RequestBody RecordNotResolvedRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The petitioner's satisfaction with the handling")
  @PostMapping("/{caseId}/satisfaction")
  ResponseEntity<Recorded> satisfaction(
      @PathVariable UUID caseId,
      @Valid @RequestBody RateSatisfactionRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The petitioner asked for a review (复查), within 30 days of the reply")
  @PostMapping("/{caseId}/review-request")
  ResponseEntity<Recorded> reviewRequest(
      @PathVariable UUID caseId,
      @Valid @RequestBody RequestReviewRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The review was decided, within 30 days")
  @PostMapping("/{caseId}/review-decision")
  ResponseEntity<Recorded> reviewDecision(
      @PathVariable UUID caseId,
      @Valid @RequestBody DecideReviewRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The petitioner asked for a re-review (复核), within 30 days of the review")
  @PostMapping("/{caseId}/re-review-request")
  ResponseEntity<Recorded> reReviewRequest(
      @PathVariable UUID caseId,
      @Valid @RequestBody RequestReReviewRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "The re-review was decided: the petition is concluded for good")
  @PostMapping("/{caseId}/re-review-decision")
  ResponseEntity<Recorded> reReviewDecision(
      @PathVariable UUID caseId,
      @Valid @RequestBody DecideReReviewRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = CorrectionDocs.AMEND_SUMMARY, description = CorrectionDocs.AMEND_DESCRIPTION)
  @PostMapping("/{caseId}/amendment")
  @Allowed(Role.PETITION_OFFICER)
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
  @Allowed(Role.PETITION_OFFICER)
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
