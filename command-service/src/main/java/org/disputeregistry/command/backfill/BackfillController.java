package org.disputeregistry.command.backfill;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.disputeregistry.command.lifecycle.Caller;
import org.disputeregistry.web.Problems;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The back-fill over HTTP, for loading a file into a running service. */
@RestController
@Tag(name = "Back-fill")
@Allowed(Role.ADMIN)
class BackfillController {

  private static final Logger log = LoggerFactory.getLogger(BackfillController.class);

  /** How long a refused upload is told to wait before it is sent again. */
  private static final String RETRY_AFTER_SECONDS = "60";

  private final Backfill backfill;
  private final BackfillSlots slots;

  BackfillController(Backfill backfill, BackfillSlots slots) {
    this.backfill = backfill;
    this.slots = slots;
  }

  @Operation(
      summary = "Load historical cases from NDJSON, one whole case per line",
      description =
          "Each line is loaded whole or not at all, through the same rules as the API; the answer"
              + " counts what was loaded and lists the rejected lines with their reasons. See the"
              + " README for the line format. One upload at a time per organisation: another"
              + " while one runs is a 429 BACKFILL_RUNNING with Retry-After.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      description = "NDJSON: one case per line (its opening body and its steps)",
      content =
          @Content(
              mediaType = "application/x-ndjson",
              schema = @Schema(type = "string", format = "binary")))
  @PostMapping(
      path = "/api/backfills",
      consumes = {"application/x-ndjson", "text/plain"})
  BackfillReport load(
      jakarta.servlet.http.HttpServletRequest request, @Parameter(hidden = true) Caller caller)
      throws IOException {
    try (BackfillSlots.Slot slot = slots.take(slotKey(caller));
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8))) {
      return backfill.run(in, caller, new LoggedProgress());
    }
  }

  /** Whose uploads wait for each other: those for the same organisation. */
  static String slotKey(Caller caller) {
    return caller.organisation() == null ? "" : caller.organisation();
  }

  @ExceptionHandler(BackfillSlots.SlotTaken.class)
  ResponseEntity<ProblemDetail> slotTaken(BackfillSlots.SlotTaken e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .body(
            Problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                BackfillCode.BACKFILL_RUNNING.name(),
                e.getMessage()));
  }

  /**
   * A line too long or one line too many: 413, naming the line; the lines before it were loaded (a
   * re-run of the corrected file appends nothing for them).
   */
  @ExceptionHandler(BoundedLines.InputTooLarge.class)
  ProblemDetail inputTooLarge(BoundedLines.InputTooLarge e) {
    ProblemDetail problem =
        Problems.ofField(
            HttpStatus.PAYLOAD_TOO_LARGE,
            e.code().name(),
            "line " + e.line(),
            e.getMessage() + "; the lines before it were loaded: " + e.loaded().summary());
    problem.setProperty("line", e.line());
    problem.setProperty("loaded", e.loaded());
    return problem;
  }

  private static final class LoggedProgress implements Progress.Listener {
    @Override
    public void update(Progress progress) {
      log.info(
          "Back-fill: {} lines, {} events, {} rejected, {}",
          progress.lines(),
          progress.events(),
          progress.rejected(),
          progress.elapsed());
    }
  }
}
