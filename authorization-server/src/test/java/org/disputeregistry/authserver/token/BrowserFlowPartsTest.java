package org.disputeregistry.authserver.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pieces of the browser-like flow that do not need a server. */
class BrowserFlowPartsTest {

  @Test
  void theS256ChallengeIsTheBase64UrlSha256OfTheVerifier() {
    // Computed independently (Python's hashlib and base64.urlsafe_b64encode, padding stripped).
    assertThat(Pkce.challenge("a-verifier-of-43-characters-at-least-000000"))
        .isEqualTo("Pq2k-uxkstDCkLilwzMb9OZvhWnwSnP1jB70l2OHuYc");
    assertThat(Pkce.randomToken()).hasSize(43).doesNotContain("=").isNotEqualTo(Pkce.randomToken());
  }

  @Test
  void findsTheCsrfTokenOfTheLoginFormWhicheverAttributeComesFirst() {
    assertThat(TokenClient.csrfToken("<input name=\"_csrf\" type=\"hidden\" value=\"abc-1\" />"))
        .contains("abc-1");
    assertThat(TokenClient.csrfToken("<input type=\"hidden\" value=\"abc-2\" name=\"_csrf\">"))
        .contains("abc-2");
    assertThat(TokenClient.csrfToken("<form></form>")).isEmpty();
  }

  @Test
  void postsTheSignInFormWhereItsActionSays() {
    assertThat(
            TokenClient.formAction("<form class=\"login-form\" method=\"post\" action=\"/login\">"))
        .contains("/login");
    assertThat(
            TokenClient.formAction(
                "<form id=\"kc-form-login\" action=\"http://kc/realms/r/login-actions/authenticate"
                    + "?session_code=x&amp;tab_id=y\" method=\"post\">"))
        .contains("http://kc/realms/r/login-actions/authenticate?session_code=x&tab_id=y");
    assertThat(TokenClient.formAction("<div></div>")).isEmpty();
  }

  @Test
  void treatsPlainHttpLoopbackAsSecureForCookiesAsBrowsersDo() {
    assertThat(BrowserCookies.asSecureIfLoopback(URI.create("http://localhost:8180/realms/r?x=1")))
        .isEqualTo(URI.create("https://localhost:8180/realms/r?x=1"));
    assertThat(BrowserCookies.asSecureIfLoopback(URI.create("http://sso.example.gov/a")))
        .isEqualTo(URI.create("http://sso.example.gov/a"));
  }

  @Test
  void encodesAFormAndDecodesARedirectsQuery() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("scope", "openid registry");
    fields.put("redirect_uri", "http://127.0.0.1:8400/callback");
    assertThat(Forms.encode(fields))
        .isEqualTo("scope=openid+registry&redirect_uri=http%3A%2F%2F127.0.0.1%3A8400%2Fcallback");

    assertThat(Forms.query(URI.create("http://127.0.0.1:8400/callback?code=a%2Bb&state=s")))
        .containsExactly(Map.entry("code", "a+b"), Map.entry("state", "s"));
  }
}
