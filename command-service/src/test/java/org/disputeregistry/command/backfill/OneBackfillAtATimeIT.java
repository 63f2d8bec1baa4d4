package org.disputeregistry.command.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.disputeregistry.command.ApiTestBase;
import org.disputeregistry.command.lifecycle.Caller;
import org.disputeregistry.command.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One back-fill upload at a time per organisation, across instances: a second upload while one is
 * being read is a {@code 429 BACKFILL_RUNNING} with {@code Retry-After} and loads nothing; once the
 * first is done the next is taken.
 */
class OneBackfillAtATimeIT extends ApiTestBase {

  @Autowired DataSource dataSource;

  @Test
  void aSecondUploadWhileOneRunsIsRefusedAndLoadsNothing() throws Exception {
    UUID first = UUID.randomUUID();
    CountDownLatch rest = new CountDownLatch(1);
    // The first upload sends one line, then holds its body open until the test lets it end.
    InputStream slowBody =
        new SequenceInputStream(
            new ByteArrayInputStream(line(first).getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws java.io.IOException {
                try {
                  rest.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return -1;
              }
            });
    CompletableFuture<String> running =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return RawHttp.postChunked(
                    http.getRootUri(),
                    "/api/backfills",
                    "application/x-ndjson",
                    authorization("/api/backfills"),
                    slowBody);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    // Wait until the first upload holds the slot.
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofMinutes(1))
        .until(() -> advisoryLocksHeld() > 0);

    UUID second = UUID.randomUUID();
    ResponseEntity<String> refused = upload(second);

    assertProblem(refused, HttpStatus.TOO_MANY_REQUESTS, "BACKFILL_RUNNING", null);
    assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
    assertThat(storedEvents(second)).isZero();

    rest.countDown();
    assertThat(running.get(2, TimeUnit.MINUTES)).startsWith("HTTP/1.1 200");
    assertThat(storedEvents(first)).isEqualTo(6);
    assertStatus(upload(second), HttpStatus.OK);
    assertThat(storedEvents(second)).isEqualTo(6);
  }

  @Test
  void anUploadRunningOnAnotherInstanceHoldsTheSlotToo() throws Exception {
    CRC32 key = new CRC32();
    key.update(
        BackfillController.slotKey(Caller.of("admin.he", "DISTRICT"))
            .getBytes(StandardCharsets.UTF_8));
    try (Connection otherInstance = dataSource.getConnection();
        Statement statement = otherInstance.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(7020503, " + (int) key.getValue() + ")");
      try {
        assertProblem(
            upload(UUID.randomUUID()), HttpStatus.TOO_MANY_REQUESTS, "BACKFILL_RUNNING", null);
      } finally {
        statement.execute("SELECT pg_advisory_unlock(7020503, " + (int) key.getValue() + ")");
      }
    }
    assertStatus(upload(UUID.randomUUID()), HttpStatus.OK);
  }

  private ResponseEntity<String> upload(UUID id) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));
    headers.set(HttpHeaders.AUTHORIZATION, authorization("/api/backfills"));
    return http.postForEntity("/api/backfills", new HttpEntity<>(line(id), headers), String.class);
  }

  private long advisoryLocksHeld() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
            + " AND classid = 7020503",
        Long.class);
  }

  private static String line(UUID id) {
    return BackfillIT.petition(id, number("光明信〔2023〕")) + "\n";
  }
}
