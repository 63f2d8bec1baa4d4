package org.disputeregistry.events.reconsideration;

/** How an application for reconsideration reached the office. */
public enum ApplicationChannel {
  ON_SITE,
  MAIL,
  ONLINE,
  ORAL,
  FORWARDED
}
