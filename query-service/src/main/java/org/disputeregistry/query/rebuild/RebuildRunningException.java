package org.disputeregistry.query.rebuild;

/** A second rebuild was asked for while one runs. */
public class RebuildRunningException extends RuntimeException {

  RebuildRunningException(String message) {
    super(message);
  }
}
