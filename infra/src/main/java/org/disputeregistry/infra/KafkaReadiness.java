package org.disputeregistry.infra;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Whether a Kafka node serves: one admin round trip against it alone. */
public final class KafkaReadiness {

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(1);

  private KafkaReadiness() {}

  /** Against a node without authentication. */
  public static void await(String bootstrapServers, Duration timeout) {
    await(bootstrapServers, Map.of(), timeout);
  }

  /**
   * @param client the client's security settings ({@link KafkaCredentials#clientProperties})
   */
  public static void await(String bootstrapServers, Map<String, Object> client, Duration timeout) {
    Map<String, Object> config = new HashMap<>(client);
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
    Admin admin = Admin.create(config);
    try {
      admin.describeCluster().nodes().get(timeout.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Kafka", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer", e);
    } finally {
      // Bounded: an unbounded close() once waited for ever on a node restarted under load (its
      // admin thread never ended), which held the supervisor and then the launcher's shutdown.
      admin.close(CLOSE_TIMEOUT);
    }
  }
}
