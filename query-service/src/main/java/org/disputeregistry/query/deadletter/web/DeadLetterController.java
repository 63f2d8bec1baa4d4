package org.disputeregistry.query.deadletter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.disputeregistry.query.deadletter.DeadLetter;
import org.disputeregistry.query.deadletter.DeadLetterDetail;
import org.disputeregistry.query.deadletter.DeadLetterNotFoundException;
import org.disputeregistry.query.deadletter.DeadLetterReplay;
import org.disputeregistry.query.deadletter.DeadLetterStore;
import org.disputeregistry.query.deadletter.ReplayResult;
import org.disputeregistry.query.projection.Outcome;
import org.disputeregistry.web.Problems;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Administration")
@Allowed(Role.ADMIN)
class DeadLetterController {

  private final DeadLetterStore store;
  private final DeadLetterReplay replay;

  DeadLetterController(DeadLetterStore store, DeadLetterReplay replay) {
    this.store = store;
    this.replay = replay;
  }

  @Operation(summary = "Records the projection could not apply, with why")
  @GetMapping
  DeadLetterPage list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return new DeadLetterPage(
        store.page(page, size).stream().map(DeadLetter::summary).toList(),
        page,
        size,
        store.count());
  }

  @Operation(summary = "One parked record, with its value")
  @GetMapping("/{id}")
  DeadLetterDetail show(@PathVariable long id) {
    return store.find(id).map(DeadLetter::detail).orElseThrow(() -> notFound(id));
  }

  @Operation(summary = "Run one parked record through the projection again")
  @PostMapping("/{id}/replay")
  ReplayResult replayOne(@PathVariable long id) {
    return replay.replay(id).orElseThrow(() -> notFound(id));
  }

  @Operation(summary = "Run every parked record through the projection again, in topic order")
  @PostMapping("/replay")
  ReplaySummary replayAll() {
    int applied = 0;
    int duplicates = 0;
    int parked = 0;
    for (long id : store.ids()) {
      // Gone meanwhile (a concurrent replay settled it): nothing left to do.
      Outcome.Kind outcome = replay.replay(id).map(ReplayResult::outcome).orElse(null);
      if (outcome == Outcome.Kind.APPLIED) {
        applied++;
      } else if (outcome == Outcome.Kind.DUPLICATE) {
        duplicates++;
      } else if (outcome == Outcome.Kind.PARKED) {
        parked++;
      }
    }
    return new ReplaySummary(applied + duplicates + parked, applied, duplicates, parked);
  }

  private static DeadLetterNotFoundException notFound(long id) {
    return new DeadLetterNotFoundException(id);
  }

  @ExceptionHandler(DeadLetterNotFoundException.class)
  ProblemDetail notFound(DeadLetterNotFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "DEAD_LETTER_NOT_FOUND", e.getMessage());
  }
}
