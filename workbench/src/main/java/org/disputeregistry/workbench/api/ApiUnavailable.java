package org.disputeregistry.workbench.api;

/** A service could not be reached or did not answer in time. */
public final class ApiUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ApiUnavailable(Throwable cause) {
    super("The service did not answer", cause);
  }
}
