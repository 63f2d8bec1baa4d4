package org.disputeregistry.workbench.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Set;

/** The query side's rebuild on the instance that answered, as its admin API tells it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RebuildProgress(
    String phase,
    String startedAt,
    String finishedAt,
    long eventsRead,
    long eventsBehind,
    String failure) {

  private static final Set<String> RUNNING = Set.of("PREPARING", "CATCHING_UP", "SWITCHING");

  /** Still going: the page asks again. */
  public boolean running() {
    return RUNNING.contains(phase);
  }
}
