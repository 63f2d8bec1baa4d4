package org.disputeregistry.workbench.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A year's published versions, the latest (current) first, as the query side answers them. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Publications(int year, Integer current, List<Version> versions, long total) {

  /** One published version: who published it and when (its figures' as-of time). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Version(
      int version, String publishedAt, String publishedBy, String organisation, boolean current) {}

  Publications {
    versions = versions == null ? List.of() : versions;
  }
}
