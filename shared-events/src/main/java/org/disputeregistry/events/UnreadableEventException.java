package org.disputeregistry.events;

/** An envelope whose payload cannot be turned into an event of the catalogue. */
public class UnreadableEventException extends RuntimeException {

  public UnreadableEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
