package org.disputeregistry.query.rebuild.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.disputeregistry.query.rebuild.Rebuild;
import org.disputeregistry.query.rebuild.RebuildProgress;
import org.disputeregistry.query.rebuild.RebuildRunningException;
import org.disputeregistry.web.Problems;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration")
@Allowed(Role.ADMIN)
class RebuildController {

  private static final String PATH = "/api/admin/rebuild";

  private final Rebuild rebuild;

  RebuildController(Rebuild rebuild) {
    this.rebuild = rebuild;
  }

  @Operation(summary = "Rebuild every read model from the start of the topic, then switch")
  @PostMapping(PATH)
  ResponseEntity<RebuildProgress> start() {
    return ResponseEntity.accepted().location(URI.create(PATH)).body(rebuild.start());
  }

  @Operation(summary = "Progress of the rebuild started on this instance")
  @GetMapping(PATH)
  RebuildProgress progress() {
    return rebuild.progress();
  }

  @ExceptionHandler(RebuildRunningException.class)
  ProblemDetail running(RebuildRunningException e) {
    return Problems.of(HttpStatus.CONFLICT, "REBUILD_RUNNING", e.getMessage());
  }
}
