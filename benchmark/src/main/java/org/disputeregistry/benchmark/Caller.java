package org.disputeregistry.benchmark;

import java.time.Duration;
import org.disputeregistry.testsupport.Tokens;

/**
 * Who makes a request: the demo account whose role the operation needs, with an access token of
 * test-support's {@code TestIssuer}, which the services under test trust (they are started by its
 * {@code ServiceProcessBuilder}). A token is signed once and sent with every request until it is
 * {@link #RENEWAL} old (tokens live an hour), so the clients measure the service, not the signing,
 * and a long run never sends an expired one. The services validate the token on every request: a
 * real cost of the system, measured with everything else.
 */
final class Caller {

  /** Reconsideration cases (officer of the district's reconsideration office). */
  static final Caller RECONSIDERATION_OFFICER = new Caller("officer.li");

  /** Petitions of every street (the district's petition office). */
  static final Caller PETITION_OFFICER = new Caller("petition.zhou");

  /** The statistics. */
  static final Caller ANALYST = new Caller("analyst.liu");

  /** The yearly totals of the annual report. */
  static final Caller REPORT_GENERATOR = new Caller("report-generator");

  /** Back-fill and rebuild. */
  static final Caller ADMIN = new Caller("admin.he");

  static final Duration RENEWAL = Duration.ofMinutes(10);

  private record Signed(String authorization, long atNanos) {}

  private final String account;
  private volatile Signed signed;

  private Caller(String account) {
    this.account = account;
  }

  /** The {@code Authorization} header's value. */
  String authorization() {
    Signed current = signed;
    long now = System.nanoTime();
    if (current == null || now - current.atNanos() > RENEWAL.toNanos()) {
      // Threads that meet an old token together may each sign a new one: harmless.
      current = new Signed("Bearer " + Tokens.forAccount(account), now);
      signed = current;
    }
    return current.authorization();
  }

  @Override
  public String toString() {
    return account;
  }
}
