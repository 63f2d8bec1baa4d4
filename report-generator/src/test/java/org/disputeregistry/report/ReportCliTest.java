package org.disputeregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a stand-in for the query side over real HTTP that, like the real one,
 * answers the totals only to a bearer token it accepts: the token is sent from {@code --token} or
 * {@code REGISTRY_TOKEN}, and a refusal is a message and exit status 3, never a stack trace.
 */
class ReportCliTest {

  private static final String GOOD = "token-with-the-role";
  private static final String WITHOUT_ROLE = "token-without-the-role";

  @TempDir Path out;

  private HttpServer querySide;
  private final Queue<String> authorizations = new ConcurrentLinkedQueue<>();
  private final Queue<String> queries = new ConcurrentLinkedQueue<>();
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  @BeforeEach
  void startQuerySide() throws IOException {
    querySide = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    querySide.createContext("/api/statistics/totals", this::totals);
    querySide.start();
  }

  @AfterEach
  void stopQuerySide() {
    querySide.stop(0);
  }

  @Test
  void sendsTheTokenGivenAsAnArgumentAndWritesTheReport() throws IOException {
    int status = run(Map.of(), "--token=" + GOOD);

    assertThat(status).as(err()).isZero();
    assertThat(authorizations).containsExactly("Bearer " + GOOD);
    assertThat(Files.readString(out.resolve("report.zh.md"))).contains("调解率达51.11%");
    assertThat(out.resolve("report.en.html")).exists();
  }

  @Test
  void asksForThePublishedFiguresUnlessToldLiveAndSaysWhichItGot() {
    assertThat(run(Map.of(), "--token=" + GOOD)).as(err()).isZero();
    assertThat(run(Map.of(), "--token=" + GOOD, "--figures=live")).as(err()).isZero();
    assertThat(run(Map.of(), "--token=" + GOOD, "--figures=latest")).isEqualTo(2);

    assertThat(queries)
        .containsExactly(
            "year=2023&compare=previousYear&figures=published",
            "year=2023&compare=previousYear&figures=live");
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .contains("Figures: live, as of 2024-01-31T16:00:00Z")
        .contains("(2023 has not been published)");
    assertThat(err()).contains("--figures is published or live");
  }

  @Test
  void takesTheTokenFromTheEnvironmentUnlessAnArgumentGivesOne() {
    assertThat(run(Map.of(ReportCli.TOKEN_VARIABLE, GOOD))).as(err()).isZero();
    assertThat(run(Map.of(ReportCli.TOKEN_VARIABLE, "stale"), "--token=" + GOOD)).isZero();

    assertThat(authorizations).containsExactly("Bearer " + GOOD, "Bearer " + GOOD);
  }

  @Test
  void withoutATokenSaysHowToGetOne() {
    int status = run(Map.of());

    assertThat(status).isEqualTo(3);
    assertThat(authorizations).containsExactly("(none)");
    assertThat(err())
        .contains("wants an access token (401)")
        .contains("--token=$(./run.sh token report-generator)")
        .contains(ReportCli.TOKEN_VARIABLE)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void aTokenRefusedOrWithoutTheRoleIsAClearErrorThatDoesNotShowTheToken() {
    assertThat(run(Map.of(), "--token=expired-or-foreign")).isEqualTo(3);
    assertThat(err())
        .contains("did not accept the token (401")
        .doesNotContain("expired-or-foreign");

    stderr.reset();
    assertThat(run(Map.of(), "--token=" + WITHOUT_ROLE)).isEqualTo(3);
    assertThat(err())
        .contains("403")
        .contains("REPORT_GENERATOR")
        .contains("The access token's roles do not allow this operation")
        .doesNotContain(WITHOUT_ROLE)
        .doesNotContain("\tat ");
  }

  @Test
  void wrongArgumentsAreAUsageErrorThatDoesNotEchoTheirValues() {
    assertThat(ReportCli.run(List.of("--year=23"), Map.of(), print(stdout), print(stderr)))
        .isEqualTo(2);
    assertThat(
            ReportCli.run(
                List.of("--year=2023", "--tokn=secret"), Map.of(), print(stdout), print(stderr)))
        .isEqualTo(2);
    assertThat(
            ReportCli.run(
                List.of("--year=2023", "--token="), Map.of(), print(stdout), print(stderr)))
        .isEqualTo(2);
    assertThat(err()).contains("Usage:").contains("--tokn=...").doesNotContain("secret");
    assertThat(authorizations).isEmpty();
  }

  @Test
  void aQuerySideThatDoesNotAnswerIsSaidSo() {
    querySide.stop(0);

    assertThat(run(Map.of(), "--token=" + GOOD)).isEqualTo(1);
    assertThat(err()).contains("no query side answers at").doesNotContain("\tat ");
  }

  private int run(Map<String, String> env, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--year=2023",
                "--out=" + out,
                "--query-url=http://localhost:" + querySide.getAddress().getPort()));
    args.addAll(List.of(extra));
    return ReportCli.run(args, env, print(stdout), print(stderr));
  }

  private String err() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  /** As the query side answers: problem details for 401 and 403, the totals otherwise. */
  private void totals(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    authorizations.add(authorization == null ? "(none)" : authorization);
    queries.add(exchange.getRequestURI().getQuery());
    if (("Bearer " + GOOD).equals(authorization)) {
      try (InputStream in = getClass().getResourceAsStream("/totals-2023.json")) {
        answer(exchange, 200, "application/json", in.readAllBytes());
      }
    } else if (("Bearer " + WITHOUT_ROLE).equals(authorization)) {
      answer(
          exchange,
          403,
          "application/problem+json",
          problem("FORBIDDEN", "The access token's roles do not allow this operation"));
    } else {
      answer(
          exchange,
          401,
          "application/problem+json",
          problem("UNAUTHENTICATED", "a valid bearer token is required"));
    }
  }

  private static byte[] problem(String code, String detail) {
    return """
        {"title":"%s","status":0,"code":"%s","detail":"%s"}"""
        .formatted(code, code, detail)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void answer(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
