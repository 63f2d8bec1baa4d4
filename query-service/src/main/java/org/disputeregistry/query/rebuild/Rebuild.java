package org.disputeregistry.query.rebuild;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.counts.StatisticCounts;
import org.disputeregistry.query.projection.PartitionOffsets;
import org.disputeregistry.query.projection.Projector;
import org.disputeregistry.query.projection.Target;
import org.disputeregistry.query.projection.Targets;
import org.disputeregistry.query.rebuild.RebuildProgress.PartitionProgress;
import org.disputeregistry.query.rebuild.RebuildProgress.Phase;
import org.disputeregistry.query.rebuild.RebuildProgress.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read model from the start of the topic while the live one keeps serving: as many
 * threads as the live projection has listeners, each with a consumer of its own (assigned its share
 * of the partitions, no group), project into the shadow schema through the same {@link Projector},
 * into tables that have only their constraints' indexes, without the statistic counters; once they
 * have caught up with the live read model it counts the loaded rows and builds the tables' other
 * indexes (on several database sessions at once), catches up again (counters kept batch by batch
 * from here), pauses the live projection, reads the last few records, and swaps the tables, the
 * offsets and case progress included, in one transaction. The live consumer then goes on, skipping
 * what the rebuilt tables already hold.
 */
@Component
public class Rebuild {

  private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

  /** Held for the whole run by one instance of the service; released if that instance dies. */
  private static final long REBUILD_LOCK = 7_020_503_002L;

  /** Before the process (pid@host) in the holder's application_name (at most 63 characters). */
  private static final String HOLDER = "rebuild by ";

  private static final Duration POLL = Duration.ofMillis(500);

  private static final Duration CAUGHT_UP_CHECK = Duration.ofSeconds(1);

  private final Projector projector;
  private final StatisticCounts counts;
  private final ShadowSchema shadow;
  private final Targets targets;
  private final PartitionOffsets offsets;
  private final ConsumerFactory<?, ?> consumers;
  private final DataSource dataSource;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String topic;
  private final Duration switchTimeout;
  private final int threads;
  private final int sessions;
  private final AtomicReference<RebuildProgress> progress =
      new AtomicReference<>(RebuildProgress.IDLE);

  Rebuild(
      Projector projector,
      StatisticCounts counts,
      ShadowSchema shadow,
      Targets targets,
      PartitionOffsets offsets,
      ConsumerFactory<?, ?> consumers,
      DataSource dataSource,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${registry.kafka.topic}") String topic,
      @Value("${registry.projection.rebuild.switch-timeout:30s}") Duration switchTimeout,
      @Value("${spring.kafka.listener.concurrency:1}") int threads,
      @Value("${registry.projection.rebuild.sessions:2}") int sessions) {
    this.projector = projector;
    this.counts = counts;
    this.shadow = shadow;
    this.targets = targets;
    this.offsets = offsets;
    this.consumers = consumers;
    this.dataSource = dataSource;
    this.transaction = transaction;
    this.clock = clock;
    this.topic = topic;
    this.switchTimeout = switchTimeout;
    this.threads = Math.max(1, threads);
    this.sessions = Math.max(1, sessions);
  }

  public RebuildProgress progress() {
    return progress.get();
  }

  /**
   * Starts a rebuild in the background, once the database granted this instance the rebuild lock:
   * one rebuild at a time across every instance of the service.
   *
   * @throws RebuildRunningException if one is running here or on another instance, naming it
   */
  public synchronized RebuildProgress start() {
    if (progress.get().running()) {
      throw new RebuildRunningException(
          "A rebuild is running on this instance, started " + progress.get().startedAt());
    }
    Instant started = clock.instant();
    Connection guard = lock(started);
    progress.set(
        new RebuildProgress(Phase.PREPARING, null, null, started, null, 0, 0, List.of(), null));
    Thread runner = new Thread(() -> run(guard), "read-model-rebuild");
    runner.setDaemon(true);
    runner.start();
    return progress.get();
  }

  /**
   * A connection of its own that holds the session-level advisory lock for the whole run (released
   * if this instance dies), its application_name saying who holds it and since when.
   */
  private Connection lock(Instant started) {
    Connection guard = null;
    try {
      guard = dataSource.getConnection();
      guard.setAutoCommit(true);
      if (!query(guard, "SELECT pg_try_advisory_lock(" + REBUILD_LOCK + ")")) {
        throw new RebuildRunningException(
            "A rebuild is running on another instance: " + holder(guard));
      }
      try (Statement statement = guard.createStatement()) {
        statement.execute(
            "SET application_name = '"
                + (HOLDER
                        + ManagementFactory.getRuntimeMXBean().getName()
                        + ", started "
                        + started.truncatedTo(ChronoUnit.SECONDS))
                    .replaceAll("[^A-Za-z0-9@:.,_ -]", "")
                + "'");
      }
      return guard;
    } catch (SQLException e) {
      close(guard);
      throw new IllegalStateException("Could not take the rebuild lock", e);
    } catch (RuntimeException e) {
      close(guard);
      throw e;
    }
  }

  /** Who holds the lock: the application_name that its session set. */
  private static String holder(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a USING (pid)"
                    + " WHERE l.locktype = 'advisory' AND l.granted"
                    + " AND ((l.classid::bigint << 32) | l.objid::bigint) = "
                    + REBUILD_LOCK)) {
      return result.next() ? result.getString(1) : "it finished meanwhile";
    }
  }

  private void run(Connection guard) {
    try {
      rebuild();
      progress.updateAndGet(p -> p.finished(Phase.DONE, clock.instant(), null));
      log.info("Read models rebuilt: {}", progress.get());
    } catch (RuntimeException e) {
      log.error("Rebuild failed", e);
      progress.updateAndGet(p -> p.finished(Phase.FAILED, clock.instant(), e.toString()));
    } finally {
      try (Statement statement = guard.createStatement()) {
        // The connection goes back to the pool, its session (and a session lock) lives on.
        statement.execute("RESET application_name");
        query(guard, "SELECT pg_advisory_unlock(" + REBUILD_LOCK + ")");
      } catch (SQLException e) {
        log.warn("Could not release the rebuild lock; it goes with the connection", e);
        abort(guard);
      }
      close(guard);
    }
  }

  private void rebuild() {
    long step = System.nanoTime();
    shadow.create();
    List<Share> shares = shares();
    try {
      step = logged("created the shadow tables", step);
      progress.updateAndGet(p -> p.with(Step.LOADING, clock.instant()));
      inParallel(shares, share -> catchUp(share, false));
      step = logged("loaded " + progress.get().eventsRead() + " events", step);
      progress.updateAndGet(p -> p.with(Step.INDEXING, clock.instant()));
      countAndIndex();
      step = logged("counted the loaded rows, indexed and analysed the shadow tables", step);
      // What the live projection did meanwhile, before the switch holds it up.
      progress.updateAndGet(p -> p.with(Step.CATCHING_UP_AGAIN, clock.instant()));
      inParallel(shares, share -> catchUp(share, true));
      step = logged("caught up again", step);
      progress.updateAndGet(p -> p.with(Phase.SWITCHING));
      transaction.executeWithoutResult(status -> switchIn(shares));
      logged("switched in", step);
    } finally {
      shares.forEach(share -> share.consumer().close());
    }
  }

  /** Logs how long a step of the rebuild took (where a long rebuild spends its time). */
  private static long logged(String step, long since) {
    long now = System.nanoTime();
    log.info("Rebuild {} in {} ms", step, (now - since) / 1_000_000);
    return now;
  }

  /** A consumer of the topic from its start, on its share of the partitions. */
  private record Share(Consumer<String, byte[]> consumer, List<TopicPartition> partitions) {}

  /** The topic's partitions dealt out to a consumer per thread, each from the start. */
  private List<Share> shares() {
    List<TopicPartition> partitions;
    try (Consumer<String, byte[]> consumer = consumer()) {
      partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .sorted(Comparator.comparingInt(TopicPartition::partition))
              .toList();
    }
    int count = Math.min(threads, partitions.size());
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<TopicPartition> share = new ArrayList<>();
      for (int p = i; p < partitions.size(); p += count) {
        share.add(partitions.get(p));
      }
      Consumer<String, byte[]> consumer = consumer();
      consumer.assign(share);
      consumer.seekToBeginning(share);
      shares.add(new Share(consumer, share));
    }
    return shares;
  }

  /**
   * Runs the work on every share at once, a thread each, and returns when all are done; when one
   * fails, the others are interrupted (their consumers' next poll ends them) and its failure
   * thrown.
   */
  private static void inParallel(List<Share> shares, java.util.function.Consumer<Share> work) {
    Concurrently.run(
        shares.size(),
        "read-model-rebuild-share",
        shares.stream().<Runnable>map(share -> () -> work.accept(share)).toList());
  }

  /**
   * Readies the loaded shadow tables for the rest of the rebuild, on {@code sessions} database
   * sessions at once (one session left the database's other cores idle, and this grows faster than
   * the load): the shadow counters recounted from the loaded rows, a case type per session, with
   * the same contribution queries as the batches' (one definition of each statistic; from here the
   * batches keep them), beside the builds of the tables' other indexes; then the planner's
   * statistics of every table.
   */
  private void countAndIndex() {
    List<Runnable> work = new ArrayList<>();
    for (CaseType type : counts.countedTypes()) {
      work.add(
          timed(
              "counted " + type,
              () ->
                  transaction.executeWithoutResult(
                      status -> {
                        targets.enter(Target.SHADOW);
                        counts.count(type);
                      })));
    }
    shadow.indexes().forEach(index -> work.add(timed(index, () -> shadow.execute(index))));
    Concurrently.run(sessions, "read-model-rebuild-index", work);
    Concurrently.run(
        sessions,
        "read-model-rebuild-analyse",
        shadow.analyses().stream()
            .map(analyse -> timed(analyse, () -> shadow.execute(analyse)))
            .toList());
  }

  /** The work, its time logged at debug level: which piece of a step took how long. */
  private static Runnable timed(String what, Runnable work) {
    return () -> {
      long start = System.nanoTime();
      work.run();
      log.debug("Rebuild: {} in {} ms", what, (System.nanoTime() - start) / 1_000_000);
    };
  }

  /**
   * Projects a share into the shadow until the whole shadow stands where the live read model does,
   * {@code counting} or leaving the counters to {@link #countAndIndex}. That is asked when a poll
   * finds nothing new or a second after the last time, not after every batch: a round trip less per
   * batch.
   */
  private void catchUp(Share share, boolean counting) {
    long nextCheck = System.nanoTime();
    boolean idle = false;
    while (true) {
      if (idle || System.nanoTime() - nextCheck >= 0) {
        if (offsets.shadowCaughtUp(topic)) {
          return;
        }
        nextCheck = System.nanoTime() + CAUGHT_UP_CHECK.toNanos();
      }
      idle = projectNext(share, counting) == 0;
    }
  }

  /** The live projection waits while the shadow reads up to its position, then the swap. */
  private void switchIn(List<Share> shares) {
    targets.lockLive();
    Instant deadline = clock.instant().plus(switchTimeout);
    while (!offsets.shadowCaughtUp(topic)) {
      if (clock.instant().isAfter(deadline)) {
        throw new IllegalStateException(
            "The shadow read model did not catch up within " + switchTimeout);
      }
      shares.forEach(share -> projectNext(share, true));
    }
    shadow.switchIn();
  }

  /** Projects what one poll brings (into the shadow) and returns how many records that was. */
  private int projectNext(Share share, boolean counting) {
    ConsumerRecords<String, byte[]> records = share.consumer().poll(POLL);
    if (!records.isEmpty()) {
      List<ConsumerRecord<String, byte[]>> batch =
          share.partitions().stream().flatMap(p -> records.records(p).stream()).toList();
      if (counting) {
        projector.project(batch, Target.SHADOW);
      } else {
        projector.projectUncounted(batch);
      }
    }
    progress.updateAndGet(
        p -> p.read(records.count(), positions(share.consumer(), share.partitions())));
    return records.count();
  }

  /**
   * Where the consumer stands on each partition, and the partition's end: from the lag the last
   * fetch reported where known (no request to the broker), else asked.
   */
  private static List<PartitionProgress> positions(
      Consumer<String, byte[]> consumer, List<TopicPartition> partitions) {
    Map<TopicPartition, Long> position = new HashMap<>();
    Map<TopicPartition, Long> ends = new HashMap<>();
    for (TopicPartition partition : partitions) {
      long at = consumer.position(partition);
      position.put(partition, at);
      consumer.currentLag(partition).ifPresent(lag -> ends.put(partition, at + lag));
    }
    if (ends.size() < partitions.size()) {
      ends.putAll(consumer.endOffsets(partitions));
    }
    return partitions.stream()
        .map(p -> new PartitionProgress(p.partition(), position.get(p), ends.get(p)))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private Consumer<String, byte[]> consumer() {
    Properties overrides = new Properties();
    overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    return (Consumer<String, byte[]>)
        consumers.createConsumer("query-service-rebuild", "rebuild", null, overrides);
  }

  private static boolean query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      return result.next() && result.getBoolean(1);
    }
  }

  /** Ends the session, and so its lock, instead of returning it to the pool. */
  private static void abort(Connection connection) {
    try {
      connection.abort(Runnable::run);
    } catch (SQLException ignored) {
      // Closed below either way; the pool drops a connection it finds broken.
    }
  }

  private static void close(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        log.warn("Could not close the rebuild lock's connection", e);
      }
    }
  }
}
