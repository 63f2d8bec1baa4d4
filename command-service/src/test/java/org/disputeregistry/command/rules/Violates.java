package org.disputeregistry.command.rules;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RuleViolation} by its error code, for {@code expectException}. */
public final class Violates extends TypeSafeMatcher<Throwable> {

  private final ErrorCode code;

  private Violates(ErrorCode code) {
    this.code = code;
  }

  public static Matcher<Throwable> rule(ErrorCode code) {
    return new Violates(code);
  }

  @Override
  protected boolean matchesSafely(Throwable item) {
    return item instanceof RuleViolation violation && violation.code() == code;
  }

  @Override
  public void describeTo(Description description) {
    description.appendText("a rule violation with code ").appendValue(code);
  }
}
