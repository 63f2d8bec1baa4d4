package org.disputeregistry.command.reconsideration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.disputeregistry.command.web.Actor;
import org.disputeregistry.events.CaseId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reconsiderations")
@Tag(name = "Administrative reconsideration (行政复议)")
class ReconsiderationController {

  private final CommandGateway commands;
  private final ReconsiderationCases cases;

  ReconsiderationController(CommandGateway commands, ReconsiderationCases cases) {
    this.commands = commands;
    this.cases = cases;
  }

  @Operation(
      summary = "Open a case: its application was received",
      description =
          "201 when recorded; 200 when the same application was already recorded under this id;"
              + " 409 when the id or the case number belongs to another case.")
  @PostMapping
  ResponseEntity<ReconsiderationView> receive(
      @Valid @RequestBody ReceiveApplicationRequest request,
      @RequestHeader(name = Actor.HEADER, required = false) String actor) {
    ReceiveApplicationCommand command = request.toCommand();
    Receipt receipt =
        commands.sendAndWait(
            GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(Actor.METADATA_KEY, Actor.from(actor))));
    ReconsiderationView view = ReconsiderationView.of(command.toEvent());
    if (receipt == Receipt.ALREADY_RECORDED) {
      return ResponseEntity.ok(view);
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/reconsiderations/" + command.caseId()))
        .body(view);
  }

  @Operation(summary = "The current state of a case on the command side")
  @GetMapping("/{caseId}")
  ReconsiderationView find(@PathVariable UUID caseId) {
    return cases.view(new CaseId(caseId));
  }
}
