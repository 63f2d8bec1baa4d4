package org.disputeregistry.command.lifecycle;

import java.util.UUID;

/** The body of {@code POST /api/<cases>}, which opens a case under a client-chosen id. */
public interface OpenRequest {

  UUID caseId();

  Object toCommand();
}
