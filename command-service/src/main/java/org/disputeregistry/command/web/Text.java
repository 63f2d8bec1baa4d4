package org.disputeregistry.command.web;

/** Patterns for free text fields. */
public final class Text {

  /** No control characters (they break CSV exports, logs and terminals). */
  public static final String PRINTABLE = "^\\P{Cc}*$";

  private Text() {}
}
