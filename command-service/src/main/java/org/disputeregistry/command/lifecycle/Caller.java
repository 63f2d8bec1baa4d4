package org.disputeregistry.command.lifecycle;

/**
 * Who sends a command, for which organisation, and optionally which version of the case they last
 * saw: the command is then refused if someone else has changed the case since.
 *
 * @param actor the authenticated subject (a staff account or a client)
 * @param organisation the organisation it acts for, or null if its token names none
 * @param expectedVersion the case's version (sequence number of its last event), or null
 */
public record Caller(String actor, String organisation, Long expectedVersion) {

  public static Caller of(String actor, String organisation) {
    return new Caller(actor, organisation, null);
  }
}
