package org.disputeregistry.command.lifecycle;

/** What a command did: recorded its step, or found the very same step already recorded. */
public enum Receipt {
  RECORDED,
  ALREADY_RECORDED
}
