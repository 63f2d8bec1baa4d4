package org.disputeregistry.command.relay;

/** A batch was not acknowledged by Kafka; its token stays and the batch is sent again. */
class RelayFailedException extends RuntimeException {

  RelayFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
