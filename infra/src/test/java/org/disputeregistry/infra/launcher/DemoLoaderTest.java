package org.disputeregistry.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loader's polling of the statistics against a stand-in for the query side over real HTTP: a
 * token the query side no longer accepts is replaced by a new one, and a refusal of the new one
 * stops the loader with a message instead of polling for half an hour.
 */
class DemoLoaderTest {

  private HttpServer querySide;
  private final Queue<String> authorizations = new ConcurrentLinkedQueue<>();
  private volatile boolean refusesEveryToken;
  private final List<String> issued = new CopyOnWriteArrayList<>();

  private final DemoLoaderToken token =
      new DemoLoaderToken(
          () -> {
            String jwt =
                DemoLoaderTokenTest.jwt(Instant.now().plus(Duration.ofHours(1)), issued.size());
            issued.add(jwt);
            return jwt;
          },
          Clock.systemUTC());

  @BeforeEach
  void startQuerySide() throws IOException {
    querySide = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    querySide.createContext("/api/statistics/petitions", this::statistics);
    querySide.start();
  }

  @AfterEach
  void stopQuerySide() {
    querySide.stop(0);
  }

  @Test
  void aTokenRefusedWith401IsReplacedAndThePollingGoesOn() throws Exception {
    token.current(); // the token the back-fill was sent with; the query side now refuses it

    awaitProjectedWith(token);

    assertThat(issued).hasSize(2);
    assertThat(authorizations)
        .containsExactly("Bearer " + issued.get(0), "Bearer " + issued.get(1));
  }

  @Test
  void aNewTokenRefusedAgainIsAnErrorThatSaysSo() {
    refusesEveryToken = true;

    assertThatThrownBy(() -> awaitProjectedWith(token))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("the query side refused the demo-loader client (401)");
    assertThat(issued).as("renewed once, not in a loop").hasSize(2);
  }

  private void awaitProjectedWith(DemoLoaderToken loaderToken) throws Exception {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    new DemoLoader(out, loaderToken)
        .awaitProjected(
            "http://localhost:" + querySide.getAddress().getPort(), 2023, 2_500, Instant.now());
  }

  /** All petitions counted for the second token issued; 401 for any other. */
  private void statistics(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    authorizations.add(String.valueOf(authorization));
    boolean valid =
        !refusesEveryToken
            && issued.size() > 1
            && ("Bearer " + issued.get(1)).equals(authorization);
    byte[] body =
        (valid
                ? "{\"figures\":{\"accepted\":2500}}"
                : "{\"code\":\"UNAUTHENTICATED\",\"status\":401}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(valid ? 200 : 401, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
