package org.disputeregistry.query.deadletter;

class DeadLetterNotFoundException extends RuntimeException {

  DeadLetterNotFoundException(long id) {
    super("No dead letter " + id);
  }
}
