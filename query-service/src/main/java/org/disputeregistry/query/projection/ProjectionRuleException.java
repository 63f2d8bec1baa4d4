package org.disputeregistry.query.projection;

/** An event that contradicts the read model (e.g. a step of a case never opened). */
public class ProjectionRuleException extends RuntimeException {

  public ProjectionRuleException(String message) {
    super(message);
  }
}
