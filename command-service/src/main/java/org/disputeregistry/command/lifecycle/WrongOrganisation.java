package org.disputeregistry.command.lifecycle;

/**
 * A write to a case of an organisation the caller does not act for: refused, nothing recorded.
 * Names only organisations, never the case's content.
 */
public final class WrongOrganisation extends RuntimeException {

  public WrongOrganisation(String owner, String organisation) {
    super(
        "The case belongs to "
            + owner
            + "; the caller acts for "
            + (organisation == null ? "no organisation" : organisation),
        null,
        false,
        false);
  }
}
