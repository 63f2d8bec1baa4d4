package org.disputeregistry.command.lifecycle;

import java.util.UUID;
import org.disputeregistry.events.CaseId;

/**
 * A command that records a step of an open case. Its {@code stepId} is chosen by the client: a
 * retried request carries the same one and is recognised. Its other fields are named like the
 * fields of the event it causes, which may add what the case derives (due dates, the mediator).
 */
public interface StepCommand {

  CaseId caseId();

  UUID stepId();
}
