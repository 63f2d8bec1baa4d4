package org.disputeregistry.command.web;

import org.disputeregistry.web.ValidText;

/** Patterns for free text fields. */
public final class Text {

  /** Free text: no control characters, no lone surrogates ({@link ValidText}). */
  public static final String PRINTABLE = ValidText.PATTERN;

  /**
   * A case number is an identifier, not prose: letters (Chinese too), digits, the brackets and
   * separators of official numbers (光明复〔2023〕17号), and spaces.
   */
  public static final String CASE_NUMBER = "^[\\p{L}\\p{N}〔〕()（）\\[\\]【】/_.·\\- ]+$";

  private Text() {}
}
