package org.disputeregistry.authserver;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.auth.*}: the issuer (the URL the services reach this server at), the data
 * directory of the key and secrets, how long an access token lasts, and the URL of the workbench
 * (its redirect URIs).
 */
@ConfigurationProperties("registry.auth")
record AuthProperties(String issuer, Path dataDir, Duration accessTokenTtl, String workbenchUrl) {}
