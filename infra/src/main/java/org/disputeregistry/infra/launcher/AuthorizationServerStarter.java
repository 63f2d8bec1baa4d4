package org.disputeregistry.infra.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputeregistry.infra.DataDirectory;

/**
 * The embedded authorization server, started (or adopted) and supervised like a service, before the
 * services: its signing key and client secrets live in {@code <data>/auth}, so tokens survive its
 * restarts. With an external provider (REGISTRY_OIDC_ISSUER_URI) nothing is started.
 */
final class AuthorizationServerStarter {

  static final String DATA_SUBDIRECTORY = "auth";

  private final Startup startup;

  AuthorizationServerStarter(Startup startup) {
    this.startup = startup;
  }

  /** Returns the issuer the services are to accept, once the embedded server (if any) serves. */
  Optional<String> start(LaunchOptions options) {
    IdentityOptions identity = options.identity();
    if (identity.externalIssuer().isPresent()) {
      startup
          .out()
          .println("Identity: using the OpenID Connect provider " + identity.issuer().get());
    } else if (identity.startsServer()) {
      Path root = options.dataDirectory();
      new ServiceStarter(startup)
          .start(
              "the authorization server",
              List.of(spec(identity, root, options.workbench())),
              root,
              "REGISTRY_AUTH_PORT");
    }
    return identity.issuer();
  }

  static ChildSpec spec(IdentityOptions identity, Path root, WorkbenchOptions workbench) {
    String issuer = identity.issuer().orElseThrow();
    return new ChildSpec(
        ChildSpec.AUTHORIZATION_SERVER,
        identity.serverJar().orElseThrow(),
        identity.port(),
        Map.of(
            "REGISTRY_AUTH_PORT", String.valueOf(identity.port()),
            "REGISTRY_AUTH_ISSUER", issuer,
            "REGISTRY_AUTH_DATA_DIR", dataDirectory(root).toString(),
            // The base of the workbench's redirect URIs: where browsers reach it.
            "REGISTRY_AUTH_WORKBENCH_URL", workbench.url()),
        DataDirectory.logs(root).resolve(ChildSpec.AUTHORIZATION_SERVER + ".log"));
  }

  static Path dataDirectory(Path root) {
    return root.resolve(DATA_SUBDIRECTORY);
  }
}
