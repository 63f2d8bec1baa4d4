package org.disputeregistry.workbench.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of the query side's dead letters, as its admin API answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DeadLetters(List<Letter> items, int page, int size, long total) {

  /** A record the projection could not apply, parked with why. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Letter(
      long id,
      String topic,
      int partition,
      long offset,
      String key,
      String reason,
      String parkedAt) {}

  DeadLetters {
    items = items == null ? List.of() : items;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
