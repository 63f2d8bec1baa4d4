package org.disputeregistry.command.lifecycle;

/**
 * Who is doing something, recorded in every event's metadata: the authenticated subject under
 * {@link #METADATA_KEY} and the organisation it acted for under {@link #ORGANISATION_KEY}. The API
 * takes both from the caller's access token, the back-fill command line from its configuration.
 */
public final class Actor {

  public static final String METADATA_KEY = "actor";
  public static final String ORGANISATION_KEY = "actorOrganisation";

  private Actor() {}
}
