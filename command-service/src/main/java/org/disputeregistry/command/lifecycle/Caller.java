package org.disputeregistry.command.lifecycle;

/**
 * Who sends a command, and optionally which version of the case they last saw: the command is then
 * refused if someone else has changed the case since.
 *
 * @param expectedVersion the case's version (sequence number of its last event), or null
 */
public record Caller(String actor, Long expectedVersion) {

  public static Caller of(String actor) {
    return new Caller(actor, null);
  }
}
