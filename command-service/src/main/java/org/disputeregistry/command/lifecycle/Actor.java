package org.disputeregistry.command.lifecycle;

import java.util.regex.Pattern;
import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;

/**
 * Who is doing something, recorded in every event's metadata under {@link #METADATA_KEY}. Until
 * authentication arrives the API takes it from a request header.
 */
public final class Actor {

  public static final String METADATA_KEY = "actor";
  public static final String ANONYMOUS = "anonymous";

  private static final Pattern VALID = Pattern.compile("[\\w.:@-]{1,64}");

  private Actor() {}

  /**
   * @param name the actor as the caller gave it, or null or empty for {@link #ANONYMOUS}
   * @param source where the caller gave it (the header's name), named in the refusal
   */
  public static String from(String name, String source) {
    if (name == null || name.isEmpty()) {
      return ANONYMOUS;
    }
    if (!VALID.matcher(name).matches()) {
      throw new RuleViolation(
          ErrorCode.INVALID_ACTOR,
          source,
          source + " must be 1 to 64 letters, digits or . : @ _ -");
    }
    return name;
  }
}
