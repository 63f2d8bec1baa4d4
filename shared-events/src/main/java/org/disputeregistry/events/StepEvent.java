package org.disputeregistry.events;

import java.util.UUID;

/**
 * A step taken in an open case. The client names each step ({@code stepId}) so that a retried
 * request is recognised as the same step and recorded once.
 */
public interface StepEvent extends CaseEvent {

  UUID stepId();
}
