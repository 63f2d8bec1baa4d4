package org.disputeregistry.query.rebuild;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.disputeregistry.query.projection.PartitionOffsets;
import org.disputeregistry.query.projection.Projector;
import org.disputeregistry.query.projection.Target;
import org.disputeregistry.query.projection.Targets;
import org.disputeregistry.query.rebuild.RebuildProgress.PartitionProgress;
import org.disputeregistry.query.rebuild.RebuildProgress.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read model from the start of the topic while the live one keeps serving: a
 * consumer of its own (assigned every partition, no group) projects into the shadow schema through
 * the same {@link Projector}; once it has caught up with the live read model it pauses the live
 * projection, reads the last few records, and swaps the tables, the offsets and case progress
 * included, in one transaction. The live consumer then goes on, skipping what the rebuilt tables
 * already hold.
 */
@Component
public class Rebuild {

  private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

  /** Held for the whole run by one instance of the service; released if that instance dies. */
  private static final long REBUILD_LOCK = 7_020_503_002L;

  private static final Duration POLL = Duration.ofMillis(500);

  private final Projector projector;
  private final ShadowSchema shadow;
  private final Targets targets;
  private final PartitionOffsets offsets;
  private final ConsumerFactory<?, ?> consumers;
  private final DataSource dataSource;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String topic;
  private final Duration switchTimeout;
  private final AtomicReference<RebuildProgress> progress =
      new AtomicReference<>(RebuildProgress.IDLE);

  Rebuild(
      Projector projector,
      ShadowSchema shadow,
      Targets targets,
      PartitionOffsets offsets,
      ConsumerFactory<?, ?> consumers,
      DataSource dataSource,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${registry.kafka.topic}") String topic,
      @Value("${registry.projection.rebuild.switch-timeout:30s}") Duration switchTimeout) {
    this.projector = projector;
    this.shadow = shadow;
    this.targets = targets;
    this.offsets = offsets;
    this.consumers = consumers;
    this.dataSource = dataSource;
    this.transaction = transaction;
    this.clock = clock;
    this.topic = topic;
    this.switchTimeout = switchTimeout;
  }

  public RebuildProgress progress() {
    return progress.get();
  }

  /**
   * Starts a rebuild in the background.
   *
   * @throws RebuildRunningException if one is running on this instance
   */
  public synchronized RebuildProgress start() {
    if (progress.get().running()) {
      throw new RebuildRunningException("A rebuild is running on this instance");
    }
    progress.set(
        new RebuildProgress(Phase.PREPARING, clock.instant(), null, 0, 0, List.of(), null));
    Thread runner = new Thread(this::run, "read-model-rebuild");
    runner.setDaemon(true);
    runner.start();
    return progress.get();
  }

  private void run() {
    try (Connection guard = dataSource.getConnection()) {
      if (!advisoryLock(guard, "pg_try_advisory_lock")) {
        throw new RebuildRunningException("A rebuild is running on another instance");
      }
      try {
        rebuild();
      } finally {
        // The connection goes back to the pool, its session (and a session lock) lives on.
        advisoryLock(guard, "pg_advisory_unlock");
      }
      progress.updateAndGet(p -> p.finished(Phase.DONE, clock.instant(), null));
      log.info("Read models rebuilt: {}", progress.get());
    } catch (RuntimeException | SQLException e) {
      log.error("Rebuild failed", e);
      progress.updateAndGet(p -> p.finished(Phase.FAILED, clock.instant(), e.toString()));
    }
  }

  private void rebuild() {
    shadow.create();
    try (Consumer<String, byte[]> consumer = consumer()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      progress.updateAndGet(p -> p.with(Phase.CATCHING_UP));
      while (!offsets.shadowCaughtUp(topic)) {
        projectNext(consumer, partitions);
      }
      progress.updateAndGet(p -> p.with(Phase.SWITCHING));
      transaction.executeWithoutResult(status -> switchIn(consumer, partitions));
    }
  }

  /** The live projection waits while the shadow reads up to its position, then the swap. */
  private void switchIn(Consumer<String, byte[]> consumer, List<TopicPartition> partitions) {
    targets.lockLive();
    Instant deadline = clock.instant().plus(switchTimeout);
    while (!offsets.shadowCaughtUp(topic)) {
      if (clock.instant().isAfter(deadline)) {
        throw new IllegalStateException(
            "The shadow read model did not catch up within " + switchTimeout);
      }
      projectNext(consumer, partitions);
    }
    shadow.switchIn();
  }

  private void projectNext(Consumer<String, byte[]> consumer, List<TopicPartition> partitions) {
    ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
    if (!records.isEmpty()) {
      projector.project(
          partitions.stream().flatMap(p -> records.records(p).stream()).toList(), Target.SHADOW);
    }
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    List<PartitionProgress> positions =
        partitions.stream()
            .map(p -> new PartitionProgress(p.partition(), consumer.position(p), ends.get(p)))
            .toList();
    progress.updateAndGet(p -> p.read(records.count(), positions));
  }

  @SuppressWarnings("unchecked")
  private Consumer<String, byte[]> consumer() {
    Properties overrides = new Properties();
    overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    return (Consumer<String, byte[]>)
        consumers.createConsumer("query-service-rebuild", "rebuild", null, overrides);
  }

  private static boolean advisoryLock(Connection connection, String function) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT " + function + "(" + REBUILD_LOCK + ")")) {
      return result.next() && result.getBoolean(1);
    }
  }
}
