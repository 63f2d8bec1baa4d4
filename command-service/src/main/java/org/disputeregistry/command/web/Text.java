package org.disputeregistry.command.web;

/** Patterns for free text fields. */
public final class Text {

  /** No control characters (they break CSV exports, logs and terminals). */
  public static final String PRINTABLE = "^\\P{Cc}*$";

  /**
   * A case number is an identifier, not prose: letters (Chinese too), digits, the brackets and
   * separators of official numbers (光明复〔2023〕17号), and spaces.
   */
  public static final String CASE_NUMBER = "^[\\p{L}\\p{N}〔〕()（）\\[\\]【】/_.·\\- ]+$";

  private Text() {}
}
