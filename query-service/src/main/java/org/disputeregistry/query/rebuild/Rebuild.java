package org.disputeregistry.query.rebuild;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Rebuilds every read model from the start of the topic while the live one keeps serving: consumers
 * of its own (no group; each assigned a share of the partitions, on a thread of its own, so that
 * one projects while another waits for the database) project into the shadow schema through the
 * same {@link Projector}; once they have caught up with the live read model, one consumer pauses
 * the live projection, reads the last few records of every partition, and swaps the tables, the
 * offsets and case progress included, in one transaction. The live consumer then goes on, skipping
 * what the rebuilt tables already hold.
 */
@Component
class Rebuild {

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
  private final int consumerCount;
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
      @Value("${registry.kafka.topic}") String topic,
      @Value("${registry.projection.rebuild.switch-timeout:30s}") Duration switchTimeout,
      @Value("${registry.projection.rebuild.consumers:2}") int consumerCount) {
    this.projector = projector;
    this.shadow = shadow;
    this.targets = targets;
    this.offsets = offsets;
    this.consumers = consumers;
    this.dataSource = dataSource;
    this.transaction = transaction;
    this.clock = Clock.systemUTC();
    this.topic = topic;
    this.switchTimeout = switchTimeout;
    this.consumerCount = consumerCount;
  }

  RebuildProgress progress() {
    return progress.get();
  }

  /**
   * Starts a rebuild in the background.
   *
   * @throws RebuildRunningException if one is running on this instance
   */
  synchronized RebuildProgress start() {
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
    List<TopicPartition> partitions;
    try (Consumer<String, byte[]> consumer = consumer("partitions")) {
      partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
    }
    progress.updateAndGet(p -> p.with(Phase.CATCHING_UP));
    catchUp(partitions);
    progress.updateAndGet(p -> p.with(Phase.SWITCHING));
    try (Consumer<String, byte[]> consumer = consumer("switch")) {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      offsets.shadowPositions(topic).forEach(consumer::seek);
      transaction.executeWithoutResult(status -> switchIn(consumer, partitions));
    }
  }

  /**
   * Projects every partition into the shadow read model until it is as far as the live one, the
   * partitions shared out over the consumers. Order per case needs only that one consumer reads a
   * partition from start to end, as it does.
   */
  private void catchUp(List<TopicPartition> partitions) {
    int count = Math.max(1, Math.min(consumerCount, partitions.size()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            count,
            task -> {
              Thread thread = new Thread(task, "read-model-rebuild-consumer");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        List<TopicPartition> share = new ArrayList<>();
        for (int p = i; p < partitions.size(); p += count) {
          share.add(partitions.get(p));
        }
        String name = "share-" + i;
        running.add(pool.submit(() -> catchUpShare(share, name)));
      }
      for (Future<?> share : running) {
        share.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("Rebuild consumer failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Rebuild interrupted", e);
    } finally {
      // One failed share stops the others: the rebuild has failed anyway.
      pool.shutdownNow();
    }
  }

  private void catchUpShare(List<TopicPartition> share, String name) {
    try (Consumer<String, byte[]> consumer = consumer(name)) {
      consumer.assign(share);
      consumer.seekToBeginning(share);
      while (!offsets.shadowCaughtUp(topic, share)) {
        projectNext(consumer, share);
      }
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
    List<PartitionProgress> positions = new ArrayList<>();
    for (TopicPartition partition : partitions) {
      long position = consumer.position(partition);
      // The lag that the last fetch reported saves asking the broker for the end every batch.
      OptionalLong lag = consumer.currentLag(partition);
      long end =
          lag.isPresent()
              ? position + lag.getAsLong()
              : consumer.endOffsets(List.of(partition)).get(partition);
      positions.add(new PartitionProgress(partition.partition(), position, end));
    }
    progress.updateAndGet(p -> p.read(records.count(), positions));
  }

  @SuppressWarnings("unchecked")
  private Consumer<String, byte[]> consumer(String name) {
    Properties overrides = new Properties();
    overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    return (Consumer<String, byte[]>)
        consumers.createConsumer("query-service-rebuild", "rebuild-", name, overrides);
  }

  private static boolean advisoryLock(Connection connection, String function) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT " + function + "(" + REBUILD_LOCK + ")")) {
      return result.next() && result.getBoolean(1);
    }
  }
}
