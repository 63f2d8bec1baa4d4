package org.disputeregistry.baseline;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The one write of the baseline, and the health answer the suite waits for. */
@RestController
class ApplicationsController {

  static final String PATH = "/api/reconsiderations";

  private final EventRows rows;

  ApplicationsController(EventRows rows) {
    this.rows = rows;
  }

  /** Stores the case as one row (committed before the answer) and answers 201 with its id. */
  @PostMapping(PATH)
  ResponseEntity<Opened> receive(@Valid @RequestBody ReceiveApplicationRequest request) {
    rows.append(request.caseId(), request);
    return ResponseEntity.created(URI.create(PATH + "/" + request.caseId()))
        .body(new Opened(request.caseId()));
  }

  /** The path the suite polls for every service it starts (there is no actuator here). */
  @GetMapping("/actuator/health")
  Map<String, String> health() {
    return Map.of("status", "UP");
  }

  record Opened(UUID caseId) {}
}
