package org.disputeregistry.testsupport;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;

/**
 * Access tokens for tests, signed by the {@link TestIssuer} of this JVM, with the claims the
 * registry's issuer gives: {@code sub}, {@code roles} (a JSON array), {@code org}, {@code scope}.
 * The demo accounts of the embedded authorization server are known by name ({@link #forAccount});
 * {@link #of} makes any other. The bad tokens (expired, of another issuer, unsigned, tampered) are
 * for the tests that prove they are refused.
 */
public final class Tokens {

  /** An account: its subject, the organisation it acts for, its roles. */
  public record Account(String subject, String organisation, List<String> roles) {}

  /** The demo accounts and clients of the embedded authorization server. */
  public static final Map<String, Account> ACCOUNTS =
      Map.ofEntries(
          account("officer.li", "RECONSIDERATION_OFFICE", "RECONSIDERATION_OFFICER"),
          account("mediator.chen", "CENTRE:SCIENCE_CITY", "MEDIATOR"),
          account("mediator.zhao", "CENTRE:GONGMING_CHAMBER", "MEDIATOR"),
          account("mediator.sun", "CENTRE:INTELLECTUAL_PROPERTY", "MEDIATOR"),
          account("petition.wang", "STREET:GUANGMING", "PETITION_OFFICER"),
          account("petition.zhou", "DISTRICT_PETITION_OFFICE", "PETITION_OFFICER"),
          account("analyst.liu", "DISTRICT", "ANALYST"),
          account("admin.he", "DISTRICT", "ADMIN"),
          account("report-generator", "DISTRICT", "REPORT_GENERATOR"),
          account("demo-loader", "DISTRICT", "ADMIN", "ANALYST"));

  private static final Duration LIFETIME = Duration.ofHours(1);

  private Tokens() {}

  private static Map.Entry<String, Account> account(
      String subject, String organisation, String... roles) {
    return Map.entry(subject, new Account(subject, organisation, List.of(roles)));
  }

  /** A valid token of a demo account (e.g. {@code officer.li}). */
  public static String forAccount(String name) {
    return sign(TestIssuer.get(), known(name), Instant.now().plus(LIFETIME));
  }

  /** A valid token of any subject, organisation (may be null) and roles. */
  public static String of(String subject, String organisation, String... roles) {
    return sign(
        TestIssuer.get(),
        new Account(subject, organisation, List.of(roles)),
        Instant.now().plus(LIFETIME));
  }

  /** A token of the account that expired ten minutes ago (beyond any clock skew allowed). */
  public static String expired(String name) {
    return sign(TestIssuer.get(), known(name), Instant.now().minus(Duration.ofMinutes(10)));
  }

  /** A well-formed token of the account signed by another issuer's key, naming that issuer. */
  public static String ofAnotherIssuer(String name) {
    return sign(
        TestIssuer.unserved("http://localhost:1"), known(name), Instant.now().plus(LIFETIME));
  }

  /** The account's claims without a signature ({@code "alg":"none"}). */
  public static String unsigned(String name) {
    String[] parts = forAccount(name).split("\\.");
    return Base64URL.encode("{\"alg\":\"none\"}") + "." + parts[1] + ".";
  }

  /** A token whose claims were changed after signing (the account made an admin). */
  public static String tampered(String name) {
    String[] parts = forAccount(name).split("\\.");
    String claims = new Base64URL(parts[1]).decodeToString();
    String forged = claims.replaceFirst("\"roles\":\\[[^]]*]", "\"roles\":[\"ADMIN\"]");
    return parts[0] + "." + Base64URL.encode(forged) + "." + parts[2];
  }

  /**
   * A client of the service like {@code http} (its root and its message converters, which read text
   * as the service's configuration says) that sends the token with every request.
   */
  public static TestRestTemplate as(TestRestTemplate http, String token) {
    return new TestRestTemplate(
        new RestTemplateBuilder()
            .rootUri(http.getRootUri())
            .messageConverters(http.getRestTemplate().getMessageConverters())
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
  }

  private static Account known(String name) {
    Account account = ACCOUNTS.get(name);
    if (account == null) {
      throw new IllegalArgumentException("No demo account " + name + "; use Tokens.of");
    }
    return account;
  }

  private static String sign(TestIssuer issuer, Account account, Instant expiresAt) {
    Instant issuedAt = expiresAt.minus(LIFETIME);
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer.uri())
            .subject(account.subject())
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(issuedAt))
            .notBeforeTime(Date.from(issuedAt))
            .expirationTime(Date.from(expiresAt))
            .claim("roles", account.roles())
            .claim("scope", "registry");
    if (account.organisation() != null) {
      claims.claim("org", account.organisation());
    }
    return issuer.sign(claims.build());
  }
}
