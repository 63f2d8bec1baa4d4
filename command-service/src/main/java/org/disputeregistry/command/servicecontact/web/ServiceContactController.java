package org.disputeregistry.command.servicecontact.web;

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
import org.disputeregistry.command.servicecontact.ServiceContactDayView;
import org.disputeregistry.command.servicecontact.ServiceContactDayViews;
import org.disputeregistry.command.web.CaseResponses;
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
 * Service contacts (服务人次): open a case, record its steps, read its state. Each step is a POST to
 * {@code /api/service-contacts/{caseId}/<step>}; the same paths and bodies make the lines of a
 * back-fill file.
 */
@RestController
@RequestMapping(ServiceContactController.PATH)
@Tag(name = "Service contacts (服务人次)")
@Allowed(Role.PETITION_OFFICER)
class ServiceContactController {

  static final String PATH = "/api/service-contacts";

  private final CaseCommands commands;
  private final ServiceContactDayViews views;

  ServiceContactController(CaseCommands commands, ServiceContactDayViews views) {
    this.commands = commands;
    this.views = views;
  }

  @Operation(summary = "Open a site's service-contact log for a day")
  @PostMapping
  ResponseEntity<Recorded> open(
      @Valid @RequestBody OpenServiceDayRequest request, @Parameter(hidden = true) Caller caller) {
    return CaseResponses.opened(PATH, commands.send(request.toCommand(), caller));
  }

  @Operation(
      summary = "The current state of a case on the command side",
      description = "Its ETag is the case's version: send it as If-Match to refuse stale writes.")
  @GetMapping("/{caseId}")
  @Allowed({Role.PETITION_OFFICER, Role.ANALYST})
  ResponseEntity<ServiceContactDayView> find(@PathVariable UUID caseId) {
    ServiceContactDayView view = views.find(new CaseId(caseId));
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

  @Operation(summary = "Log a batch of the day's contacts at the site")
  @PostMapping("/{caseId}/contacts")
  ResponseEntity<Recorded> contacts(
      @PathVariable UUID caseId,
      @Valid @RequestBody LogContactsRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  @Operation(summary = "Void a batch logged by mistake")
  @PostMapping("/{caseId}/voiding")
  ResponseEntity<Recorded> voiding(
      @PathVariable UUID caseId,
      @Valid @RequestBody VoidContactsRequest request,
      @Parameter(hidden = true) Caller caller) {
    return step(caseId, request, caller);
  }

  private ResponseEntity<Recorded> step(UUID caseId, StepRequest request, Caller caller) {
    return CaseResponses.stepped(commands.send(request.toCommand(new CaseId(caseId)), caller));
  }
}
