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
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The back-fill over HTTP, for loading a file into a running service. */
@RestController
@Tag(name = "Back-fill")
@Allowed(Role.ADMIN)
class BackfillController {

  private static final Logger log = LoggerFactory.getLogger(BackfillController.class);

  private final Backfill backfill;

  BackfillController(Backfill backfill) {
    this.backfill = backfill;
  }

  @Operation(
      summary = "Load historical cases from NDJSON, one whole case per line",
      description =
          "Each line is loaded whole or not at all, through the same rules as the API; the answer"
              + " counts what was loaded and lists the rejected lines with their reasons. See the"
              + " README for the line format.")
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
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8))) {
      return backfill.run(in, caller, new LoggedProgress());
    }
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
