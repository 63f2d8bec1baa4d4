package org.disputeregistry.command.lifecycle;

import java.util.UUID;
import org.disputeregistry.events.CaseId;

/**
 * The body of {@code POST /api/<cases>/{caseId}/<step>}, in the API and in back-fill lines alike.
 */
public interface StepRequest {

  UUID stepId();

  StepCommand toCommand(CaseId caseId);
}
