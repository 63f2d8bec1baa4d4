package org.disputeregistry.query.publication;

/** No such published version of the year (or none at all). */
public class PublicationNotFoundException extends RuntimeException {

  public PublicationNotFoundException(int year, Integer version) {
    super(
        version == null
            ? "No figures of " + year + " have been published"
            : "No version " + version + " of " + year + "'s figures has been published");
  }
}
