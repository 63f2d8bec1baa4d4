package org.disputeregistry.command.reconsideration;

/** What a create command did: recorded the case, or found the same case already recorded. */
public enum Receipt {
  RECORDED,
  ALREADY_RECORDED
}
