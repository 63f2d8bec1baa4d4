package org.disputeregistry.authserver.token;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A browser's cookie jar: like {@link CookieManager}, except that a plain-HTTP loopback address
 * counts as secure, as browsers treat it, so that a {@code Secure} session cookie (Keycloak sets
 * them) is sent back to {@code http://localhost}.
 */
final class BrowserCookies extends CookieManager {

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

  BrowserCookies() {
    super(null, CookiePolicy.ACCEPT_ALL);
  }

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders)
      throws IOException {
    return super.get(asSecureIfLoopback(uri), requestHeaders);
  }

  static URI asSecureIfLoopback(URI uri) {
    if (!"http".equalsIgnoreCase(uri.getScheme()) || !LOOPBACK.contains(uri.getHost())) {
      return uri;
    }
    try {
      return new URI(
          "https",
          uri.getUserInfo(),
          uri.getHost(),
          uri.getPort(),
          uri.getPath(),
          uri.getQuery(),
          uri.getFragment());
    } catch (URISyntaxException e) {
      return uri;
    }
  }
}
