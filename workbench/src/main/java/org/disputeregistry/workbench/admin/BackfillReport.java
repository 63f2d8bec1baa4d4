package org.disputeregistry.workbench.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The command side's back-fill report as it answers it (README "Back-fill"); shown as it is.
 *
 * @param elapsed as the API writes it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record BackfillReport(
    long lines,
    long casesRecorded,
    long casesAlreadyLoaded,
    long eventsAppended,
    long rejected,
    List<Rejection> rejections,
    Map<String, Long> rejectedByCode,
    String elapsed) {

  /** A line not loaded (nothing of its case was), with where and why. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Rejection(
      long line, String caseId, String step, String code, String field, String message) {}

  BackfillReport {
    rejections = rejections == null ? List.of() : rejections;
    rejectedByCode = rejectedByCode == null ? Map.of() : rejectedByCode;
  }
}
