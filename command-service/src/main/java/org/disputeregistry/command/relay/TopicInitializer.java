package org.disputeregistry.command.relay;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

/**
 * Creates the case-event topic before the relay starts unless it exists (a topic created by the
 * operator needs no CREATE permission for the relay), and waits until every partition has a leader:
 * an idempotent producer pipelining into a topic that is still being created can get
 * out-of-order-sequence failures. Connects as the relay's producer does ({@code spring.kafka.*}).
 */
@Component
class TopicInitializer implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(TopicInitializer.class);
  private static final long TIMEOUT_SECONDS = 60;

  private final RelayProperties kafka;
  private final Map<String, Object> adminConfig;

  TopicInitializer(RelayProperties kafka, KafkaProperties spring, SslBundles sslBundles) {
    this.kafka = kafka;
    this.adminConfig = spring.buildAdminProperties(sslBundles);
  }

  @Override
  public void afterPropertiesSet() throws InterruptedException, TimeoutException {
    try (Admin admin = Admin.create(adminConfig)) {
      if (describe(admin).isEmpty()) {
        create(admin);
      }
      awaitLeaders(admin);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot prepare topic " + kafka.topic(), e.getCause());
    }
  }

  private void create(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    NewTopic topic =
        new NewTopic(kafka.topic(), kafka.partitions(), kafka.replicationFactor())
            .configs(
                Map.of(
                    "min.insync.replicas",
                    String.valueOf(kafka.minInsyncReplicas()),
                    // The topic is the read side's source for rebuilds: kept whatever the
                    // broker's default retention.
                    "retention.ms",
                    "-1"));
    try {
      admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      log.info(
          "Created topic {} with {} partitions, {} replicas, min.insync.replicas {}",
          kafka.topic(),
          kafka.partitions(),
          kafka.replicationFactor(),
          kafka.minInsyncReplicas());
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  private void awaitLeaders(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (!allPartitionsLed(admin)) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("Partitions of " + kafka.topic() + " have no leader yet");
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
  }

  /** False while the new topic's metadata is still spreading through the cluster. */
  private boolean allPartitionsLed(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    return describe(admin)
        .map(
            description ->
                description.partitions().stream()
                    .map(TopicPartitionInfo::leader)
                    .allMatch(leader -> leader != null && !leader.isEmpty()))
        .orElse(false);
  }

  /** Empty if the topic does not exist (yet). */
  private Optional<TopicDescription> describe(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    try {
      return Optional.of(
          admin
              .describeTopics(List.of(kafka.topic()))
              .allTopicNames()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
              .get(kafka.topic()));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
