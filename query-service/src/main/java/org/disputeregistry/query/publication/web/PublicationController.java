package org.disputeregistry.query.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.disputeregistry.query.publication.ChangesSincePublication;
import org.disputeregistry.query.publication.Publication;
import org.disputeregistry.query.publication.PublicationNotFoundException;
import org.disputeregistry.query.publication.Publications;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.report.AnnualTotals;
import org.disputeregistry.web.Problems;
import org.disputeregistry.web.security.Allowed;
import org.disputeregistry.web.security.Identity;
import org.disputeregistry.web.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/publications/{year}")
@Tag(name = "Published figures")
class PublicationController {

  private final Publications publications;
  private final ChangesSincePublication changes;

  PublicationController(Publications publications, ChangesSincePublication changes) {
    this.publications = publications;
    this.changes = changes;
  }

  @Operation(
      summary = "Publish the year's totals as they are now, as its next version",
      description =
          "Appends version n + 1 (1 the first time); earlier versions stay as they were. The"
              + " annual report is written from the latest version from then on.")
  @Allowed(Role.ADMIN)
  @PostMapping
  ResponseEntity<PublicationSummary> publish(@PathVariable String year) {
    Publication published = publications.publish(Period.year(year), Identity.current());
    return ResponseEntity.created(
            URI.create(
                "/api/publications/" + published.year() + "/versions/" + published.version()))
        .body(PublicationSummary.of(published, published.version()));
  }

  @Operation(summary = "The year's published versions, the latest (current) first")
  @Allowed({Role.ADMIN, Role.ANALYST, Role.REPORT_GENERATOR})
  @GetMapping
  PublicationList versions(
      @PathVariable String year,
      @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
    int y = Period.year(year);
    Integer current = publications.latestVersion(y).orElse(null);
    return new PublicationList(
        y,
        current,
        publications.versions(y, page, size).stream()
            .map(p -> PublicationSummary.of(p, current))
            .toList(),
        page,
        size,
        current == null ? 0 : current);
  }

  @Operation(summary = "A published version: who published it when, and its totals as published")
  @Allowed({Role.ADMIN, Role.ANALYST, Role.REPORT_GENERATOR})
  @GetMapping("/versions/{version}")
  PublishedVersion version(@PathVariable String year, @PathVariable int version) {
    int y = Period.year(year);
    Publication publication = find(y, version);
    Integer current = publications.latestVersion(y).orElseThrow();
    AnnualTotals totals = publications.totals(y, version).orElseThrow();
    return new PublishedVersion(PublicationSummary.of(publication, current), totals);
  }

  @Operation(
      summary = "What was recorded or corrected since a version and changes its figures",
      description =
          "Case by case (type, id, number; no personal data): each figure the case changes and by"
              + " how much (+1, -1, an amount, persons). version: the current one by default.")
  @Allowed({Role.ADMIN, Role.ANALYST, Role.REPORT_GENERATOR})
  @GetMapping("/changes")
  ChangesPage changes(
      @PathVariable String year,
      @RequestParam(required = false) Integer version,
      @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
    int y = Period.year(year);
    int v =
        version != null
            ? version
            : publications
                .latestVersion(y)
                .orElseThrow(() -> new PublicationNotFoundException(y, null));
    Publication publication = find(y, v);
    Integer current = publications.latestVersion(y).orElseThrow();
    ChangesSincePublication.Page changed = changes.since(publication, page, size);
    return new ChangesPage(
        PublicationSummary.of(publication, current), changed.cases(), page, size, changed.total());
  }

  private Publication find(int year, int version) {
    return publications
        .find(year, version)
        .orElseThrow(() -> new PublicationNotFoundException(year, version));
  }

  @ExceptionHandler(PublicationNotFoundException.class)
  ProblemDetail notFound(PublicationNotFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "PUBLICATION_NOT_FOUND", e.getMessage());
  }
}
