package org.disputeregistry.campaign;

import java.util.UUID;

/**
 * One request of the load: opening a case ({@code stepId} null) or recording a step, with the ids
 * the client chose, so that a retry is recognised by the service and the check can find it.
 */
record Step(UUID caseId, UUID stepId, String name) {

  boolean opensCase() {
    return stepId == null;
  }

  /** How the check finds it in the event store: the case's first event, or its step id. */
  String key() {
    return opensCase() ? "open:" + caseId : "step:" + stepId;
  }
}
