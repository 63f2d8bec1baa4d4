package org.disputeregistry.infra.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Who issues the tokens the services accept: the embedded authorization server the launcher runs
 * from {@code serverJar} on {@code port}, or an external OpenID Connect provider named by
 * REGISTRY_OIDC_ISSUER_URI (then nothing is started).
 */
record IdentityOptions(Optional<Path> serverJar, int port, Optional<String> externalIssuer) {

  static final int DEFAULT_PORT = 9000;

  boolean startsServer() {
    return serverJar.isPresent() && externalIssuer.isEmpty();
  }

  /** The issuer the services are given, if any. */
  Optional<String> issuer() {
    return externalIssuer.or(
        () -> startsServer() ? Optional.of("http://localhost:" + port) : Optional.empty());
  }
}
