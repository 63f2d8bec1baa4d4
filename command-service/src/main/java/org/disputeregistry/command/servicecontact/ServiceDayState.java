package org.disputeregistry.command.servicecontact;

/** A day's log stays open: contacts logged late or voided are steps like any other. */
enum ServiceDayState {
  OPEN
}
