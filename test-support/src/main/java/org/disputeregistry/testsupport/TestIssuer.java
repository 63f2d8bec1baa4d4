package org.disputeregistry.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A real OpenID Connect issuer for tests: an HTTP server on a free port of this machine that serves
 * its discovery document ({@code /.well-known/openid-configuration}) and its public key ({@code
 * /jwks}), and signs tokens (RS256) with the private key. The services validate its tokens exactly
 * as a production issuer's: discovery, key, signature, issuer, expiry. One per JVM ({@link
 * #get()}), started on first use; services started by tests point at it through {@code
 * REGISTRY_OIDC_ISSUER_URI}.
 */
public final class TestIssuer {

  private static TestIssuer shared;

  private final String uri;
  private final RSAKey key;

  private TestIssuer(String uri, RSAKey key) {
    this.uri = uri;
    this.key = key;
  }

  /** The issuer of this JVM, serving from now on. */
  public static synchronized TestIssuer get() {
    if (shared == null) {
      shared = serve(newKey());
    }
    return shared;
  }

  /** An issuer that nobody trusts: same shape, another key, another URI, not served. */
  public static TestIssuer unserved(String uri) {
    return new TestIssuer(uri, newKey());
  }

  public String uri() {
    return uri;
  }

  /** The claims signed by this issuer's key, as a compact JWT. */
  public String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a test token", e);
    }
  }

  private static RSAKey newKey() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate a test key", e);
    }
  }

  private static TestIssuer serve(RSAKey key) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      String uri = "http://localhost:" + server.getAddress().getPort();
      String discovery =
          "{\"issuer\":\""
              + uri
              + "\",\"jwks_uri\":\""
              + uri
              + "/jwks\",\"subject_types_supported\":[\"public\"],"
              + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
              + "\"response_types_supported\":[\"code\"]}";
      String jwks = new JWKSet(key.toPublicJWK()).toString();
      server.createContext("/.well-known/openid-configuration", e -> answer(e, discovery));
      server.createContext("/jwks", e -> answer(e, jwks));
      // Started from a daemon thread, its dispatcher thread is a daemon too: it never keeps a
      // JVM alive that is otherwise done.
      Thread starter = new Thread(server::start, "test-issuer-start");
      starter.setDaemon(true);
      starter.start();
      starter.join();
      return new TestIssuer(uri, key);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the test issuer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting the test issuer", e);
    }
  }

  private static void answer(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
