package org.disputeregistry.web;

import java.util.regex.Pattern;

/**
 * The one definition of valid text in a request, for both services: no control characters (NUL
 * cannot be stored by PostgreSQL; the others break CSV exports, logs and terminals) and no lone
 * UTF-16 surrogates (half a character: not storable as UTF-8, shown as {@code ?} once stored).
 */
public final class ValidText {

  /** As a Bean Validation {@code @Pattern}. */
  public static final String PATTERN = "^[^\\p{Cc}\\p{Cs}]*$";

  private static final Pattern VALID = Pattern.compile(PATTERN);

  private ValidText() {}

  public static boolean isValid(CharSequence text) {
    return VALID.matcher(text).matches();
  }
}
