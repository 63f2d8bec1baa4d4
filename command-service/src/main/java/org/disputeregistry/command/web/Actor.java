package org.disputeregistry.command.web;

import java.util.regex.Pattern;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;

/**
 * Who is doing something, recorded in every event's metadata. Until authentication arrives it is
 * taken from the {@code X-Actor} header.
 */
public final class Actor {

  public static final String HEADER = "X-Actor";
  public static final String METADATA_KEY = "actor";
  public static final String ANONYMOUS = "anonymous";

  private static final Pattern VALID = Pattern.compile("[\\w.:@-]{1,64}");

  private Actor() {}

  public static String from(String header) {
    if (header == null || header.isEmpty()) {
      return ANONYMOUS;
    }
    if (!VALID.matcher(header).matches()) {
      throw new RuleViolation(
          ErrorCode.INVALID_ACTOR,
          HEADER,
          HEADER + " must be 1 to 64 letters, digits or . : @ _ -");
    }
    return header;
  }
}
