package org.disputeregistry.authserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.disputeregistry.authserver.data.ClientSecrets;
import org.disputeregistry.authserver.token.TokenClient;
import org.disputeregistry.authserver.token.TokenCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The real server on a free port and a temporary data directory, asked for tokens the way {@code
 * ./run.sh token} and the services' clients ask, and the tokens checked the way the services check
 * them: signature against the JWKS found through the discovery document, and the issuer.
 */
class AuthorizationServerIT {

  @TempDir Path dataDirectory;

  private final int port = freePort();
  private final String issuer = "http://localhost:" + port;
  private ConfigurableApplicationContext server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aDemoAccountSignsInThroughTheCliFlowAndGetsItsRolesAndOrganisation() {
    start();

    String token = new TokenClient(issuer).userToken("mediator.chen", "demo");

    Jwt jwt = decoder().decode(token);
    assertThat(jwt.getSubject()).isEqualTo("mediator.chen");
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MEDIATOR");
    assertThat(jwt.getClaimAsString("org")).isEqualTo("CENTRE:SCIENCE_CITY");
    assertThat(jwt.getIssuer()).hasToString(issuer);
    assertThat(jwt.getClaimAsStringList("scope")).contains("registry");
  }

  @Test
  void theReportGeneratorGetsATokenOfItsOwnWithTheSecretKeptInTheDataDirectory() throws Exception {
    start();
    Path secrets = dataDirectory.resolve("client-secrets.properties");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDirectory.resolve("signing-key.jwk.json"))))
        .isEqualTo("rw-------");
    String secret = ClientSecrets.load(dataDirectory).secret("report-generator").orElseThrow();

    Jwt jwt = decoder().decode(new TokenClient(issuer).clientToken("report-generator", secret));

    assertThat(jwt.getSubject()).isEqualTo("report-generator");
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("REPORT_GENERATOR");
    assertThat(jwt.getClaimAsString("org")).isEqualTo("DISTRICT");
    assertThatThrownBy(() -> new TokenClient(issuer).clientToken("report-generator", "guess"))
        .isInstanceOf(TokenClient.RefusedException.class);
  }

  @Test
  void aTokenIssuedBeforeARestartStillVerifiesAfterIt() {
    start();
    String before = new TokenClient(issuer).userToken("officer.li", "demo");
    String secretBefore = ClientSecrets.load(dataDirectory).secret("demo-loader").orElseThrow();
    server.close();

    start(); // same port, same data directory: a new JVM would see exactly this

    Jwt jwt = decoder().decode(before);
    assertThat(jwt.getSubject()).isEqualTo("officer.li");
    assertThat(ClientSecrets.load(dataDirectory).secret("demo-loader")).contains(secretBefore);
    assertThat(new TokenClient(issuer).clientToken("demo-loader", secretBefore)).isNotBlank();
  }

  @Test
  void aTokenFromAnotherDataDirectoryDoesNotVerify(@TempDir Path otherDirectory) {
    start();
    String token = new TokenClient(issuer).userToken("officer.li", "demo");
    server.close();

    // Another key (what a server that regenerated its key on start would have): refused.
    dataDirectory = otherDirectory;
    start();

    assertThatThrownBy(() -> decoder().decode(token)).isInstanceOf(JwtException.class);
  }

  @Test
  void aWrongPasswordOrAnUnknownAccountGetsNoToken() {
    start();
    TokenClient client = new TokenClient(issuer);

    for (List<String> credentials :
        List.of(List.of("officer.li", "wrong"), List.of("nobody", "demo"))) {
      assertThatThrownBy(() -> client.userToken(credentials.get(0), credentials.get(1)))
          .isInstanceOf(TokenClient.RefusedException.class)
          .hasMessageContaining("unknown account or wrong password");
    }
  }

  @Test
  void onlyHealthIsOpenWithoutSigningIn() throws Exception {
    start();
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    assertThat(status(http, "/actuator/health")).isEqualTo(200);
    assertThat(status(http, "/actuator/health/liveness")).isIn(200, 404);
    for (String closed : List.of("/actuator/info", "/actuator/env", "/userinfo", "/anything")) {
      assertThat(status(http, closed)).as(closed).isIn(401, 302);
    }
  }

  private int status(HttpClient http, String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(issuer + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void withoutARunningServerTheClientSaysItIsUnreachable() {
    assertThatThrownBy(() -> new TokenClient(issuer).userToken("officer.li", "demo"))
        .isInstanceOf(TokenClient.UnreachableException.class);
  }

  @Test
  void theTokenCommandPrintsTheTokenAloneOnStdoutAndErrorsOnStderr() {
    start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = token(List.of("petition.wang", "--auth-dir=" + dataDirectory), out, err);

    assertThat(status).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).endsWith("\n").doesNotContain(" ");
    assertThat(decoder().decode(printed.strip()).getClaimAsString("org"))
        .isEqualTo("STREET:GUANGMING");

    out.reset();
    assertThat(token(List.of("demo-loader", "--auth-dir=" + dataDirectory), out, err)).isZero();
    Jwt loader = decoder().decode(out.toString(StandardCharsets.UTF_8).strip());
    assertThat(loader.getSubject()).isEqualTo("demo-loader");
    // It loads the demo year as admin and reads the statistics to see it projected.
    assertThat(loader.getClaimAsStringList("roles")).containsExactly("ADMIN", "ANALYST");
    assertThat(loader.getClaimAsString("org")).isEqualTo("DISTRICT");

    out.reset();
    assertThat(token(List.of("nobody", "--auth-dir=" + dataDirectory), out, err)).isNotZero();
    assertThat(out.size()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown account");
  }

  private static int token(
      List<String> args, ByteArrayOutputStream out, ByteArrayOutputStream err) {
    return TokenCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private void start() {
    server =
        new SpringApplicationBuilder(AuthorizationServerApplication.class)
            .run(
                "--server.port=" + port,
                "--registry.auth.data-dir=" + dataDirectory,
                "--spring.main.banner-mode=off");
  }

  /** A new decoder each time, as a service that starts after the server's restart would build. */
  private JwtDecoder decoder() {
    return JwtDecoders.fromIssuerLocation(issuer);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
