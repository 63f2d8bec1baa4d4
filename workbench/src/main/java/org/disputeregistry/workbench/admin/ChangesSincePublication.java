package org.disputeregistry.workbench.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A page of the cases recorded or corrected since a published version that change its figures, as
 * the query side answers it: each case with the figures it changes and by how much.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ChangesSincePublication(
    int version, String publishedAt, List<CaseChanges> cases, int page, int size, long total) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CaseChanges(String caseType, UUID caseId, String caseNumber, List<Change> changes) {}

  /**
   * @param breakdown null for the year's figure, else the breakdown the case moved within
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Change(String figure, String zh, BigDecimal change, String breakdown) {

    /** The change with its sign: {@code +1}, {@code -1}, {@code +1250.00}. */
    public String signed() {
      return (change.signum() > 0 ? "+" : "") + change.toPlainString();
    }
  }

  ChangesSincePublication {
    cases = cases == null ? List.of() : cases;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
