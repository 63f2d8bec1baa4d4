package org.disputeregistry.command.backfill;

/** A line of a back-fill file as read, and its number in the file (from 1). */
record Line(long number, String text) {}
