package org.disputeregistry.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The raw baselines: what plain JDBC and the plain Kafka clients do on the same servers, with the
 * same concurrency and record sizes as the service they stand beside.
 */
final class Raw {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Servers servers;
  private final String url;
  private final Kafka kafka;

  /** Uses (and first empties) its own database {@code bench_raw} on the same server. */
  Raw(Servers servers, Kafka kafka) {
    this.servers = servers;
    this.kafka = kafka;
    this.url = servers.freshDatabase("bench_raw");
    execute(
        """
        CREATE TABLE raw_event (
          global_index BIGSERIAL PRIMARY KEY,
          case_id VARCHAR(255) NOT NULL,
          sequence_number BIGINT NOT NULL,
          event_id VARCHAR(255) NOT NULL UNIQUE,
          payload BYTEA NOT NULL,
          UNIQUE (case_id, sequence_number))""",
        """
        CREATE TABLE raw_case (
          case_id VARCHAR(255) PRIMARY KEY,
          last_sequence BIGINT NOT NULL,
          payload BYTEA NOT NULL)""",
        "CREATE TABLE raw_offset (kafka_partition INT PRIMARY KEY, next_offset BIGINT NOT NULL)");
  }

  /** One row per transaction from {@code clients} threads for {@code duration}: rows/s. */
  Throughput singleRows(int clients, Duration duration, int rowBytes) throws InterruptedException {
    Latencies latencies = new Latencies();
    AtomicLong rows = new AtomicLong();
    long until = System.nanoTime() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      threads.add(
          spawn(
              () -> {
                try (Connection connection = servers.connect(url);
                    PreparedStatement insert = connection.prepareStatement(insertEvent())) {
                  while (System.nanoTime() < until) {
                    long begin = System.nanoTime();
                    bindEvent(insert, UUID.randomUUID().toString(), 0, rowBytes);
                    insert.executeUpdate();
                    latencies.add(System.nanoTime() - begin);
                    rows.incrementAndGet();
                  }
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return new Throughput(rows.get(), System.nanoTime() - started, latencies.stats());
  }

  /**
   * {@code rows} rows in batches of 1,000 per transaction, one connection: rows/s, with the CPU its
   * thread and its PostgreSQL backend spent per row.
   */
  Consumed batchedRows(long rows, int rowBytes) throws SQLException {
    Backends backend = new Backends(servers.postgresPid(), url);
    long threadCpu = THREADS.getCurrentThreadCpuTime();
    long dbCpu = backend.cpuNanos();
    long machineCpu = ProcessCpu.ofMachine();
    long started = System.nanoTime();
    try (Connection connection = servers.connect(url + "?reWriteBatchedInserts=true");
        PreparedStatement insert = connection.prepareStatement(insertEvent())) {
      connection.setAutoCommit(false);
      String caseId = UUID.randomUUID().toString();
      for (long i = 0; i < rows; i++) {
        if (i % 6 == 0) {
          caseId = UUID.randomUUID().toString();
        }
        bindEvent(insert, caseId, i % 6, rowBytes);
        insert.addBatch();
        if ((i + 1) % 1000 == 0 || i == rows - 1) {
          insert.executeBatch();
          connection.commit();
        }
      }
      // Read while the connection, and so its backend, is still there.
      return new Consumed(
          rows / seconds(System.nanoTime() - started),
          (THREADS.getCurrentThreadCpuTime() - threadCpu) / 1e3 / rows,
          (backend.cpuNanos() - dbCpu) / 1e3 / rows,
          (ProcessCpu.ofMachine() - machineCpu) / 1e3 / rows);
    }
  }

  /** Sends {@code records} again to a new topic with the relay's producer settings: records/s. */
  double produce(List<ConsumerRecord<String, byte[]>> records, String topic, int partitions) {
    kafka.createWarmTopic(topic, partitions);
    long started = System.nanoTime();
    List<java.util.concurrent.Future<?>> sends = new ArrayList<>(records.size());
    try (KafkaProducer<String, byte[]> producer = kafka.producer()) {
      for (ConsumerRecord<String, byte[]> record : records) {
        sends.add(producer.send(new ProducerRecord<>(topic, record.key(), record.value())));
      }
      for (java.util.concurrent.Future<?> send : sends) {
        send.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("The raw producer lost a record", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return records.size() / seconds(System.nanoTime() - started);
  }

  /**
   * Reads the whole topic with a plain consumer and, per poll, upserts each case's last sequence
   * and payload plus the partition offsets in one transaction (what a projection minimally does),
   * with the CPU its thread and its PostgreSQL backend spent.
   */
  Consumed consumeAndUpsert(String topic) throws SQLException, IOException {
    execute("TRUNCATE raw_case, raw_offset");
    Backends backend = new Backends(servers.postgresPid(), url);
    long threadCpu = THREADS.getCurrentThreadCpuTime();
    long dbCpu = backend.cpuNanos();
    long machineCpu = ProcessCpu.ofMachine();
    long started = System.nanoTime();
    long read = 0;
    try (KafkaConsumer<String, byte[]> consumer = kafka.consumer();
        Connection connection = servers.connect(url);
        PreparedStatement upsert =
            connection.prepareStatement(
                "INSERT INTO raw_case (case_id, last_sequence, payload) VALUES (?, ?, ?)"
                    + " ON CONFLICT (case_id) DO UPDATE SET last_sequence = excluded.last_sequence,"
                    + " payload = excluded.payload WHERE raw_case.last_sequence < excluded.last_sequence");
        PreparedStatement offset =
            connection.prepareStatement(
                "INSERT INTO raw_offset VALUES (?, ?) ON CONFLICT (kafka_partition)"
                    + " DO UPDATE SET next_offset = excluded.next_offset")) {
      connection.setAutoCommit(false);
      List<TopicPartition> partitions = Kafka.partitions(consumer, topic);
      long total =
          consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (read < total) {
        var records = consumer.poll(Duration.ofSeconds(1));
        for (ConsumerRecord<String, byte[]> record : records) {
          long sequence = JSON.readTree(record.value()).path("sequence").asLong();
          upsert.setString(1, record.key());
          upsert.setLong(2, sequence);
          upsert.setBytes(3, record.value());
          upsert.addBatch();
          offset.setInt(1, record.partition());
          offset.setLong(2, record.offset() + 1);
          offset.addBatch();
          read++;
        }
        upsert.executeBatch();
        offset.executeBatch();
        connection.commit();
      }
      // Read while the connection, and so its backend, is still there.
      return new Consumed(
          read / seconds(System.nanoTime() - started),
          (THREADS.getCurrentThreadCpuTime() - threadCpu) / 1e3 / read,
          (backend.cpuNanos() - dbCpu) / 1e3 / read,
          (ProcessCpu.ofMachine() - machineCpu) / 1e3 / read);
    }
  }

  /**
   * A rate (a consumer's over the topic, a writer's of rows), and the CPU per event of its JVM (of
   * its one thread, for the raw consumer and writer), of its database's PostgreSQL backends, and of
   * the whole machine.
   */
  record Consumed(
      double perSecond,
      double jvmMicrosPerEvent,
      double dbMicrosPerEvent,
      double machineMicrosPerEvent) {}

  /**
   * {@code clients} threads running one year's aggregate over a case table for {@code duration}.
   */
  Throughput yearAggregates(String database, int clients, Duration duration, int year)
      throws InterruptedException {
    String[] queries = {
      "SELECT count(*), count(accepted_on), count(*) FILTER (WHERE resolution = 'RESOLVED')"
          + " FROM petition_case WHERE registered_on >= ? AND registered_on < ?",
      "SELECT count(*), count(accepted_on), count(closed_on)"
          + " FROM reconsideration_case WHERE received_on >= ? AND received_on < ?"
    };
    Latencies latencies = new Latencies();
    AtomicLong done = new AtomicLong();
    long until = System.nanoTime() + duration.toNanos();
    long started = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(
          spawn(
              () -> {
                try (Connection connection = servers.connect(database)) {
                  int i = 0;
                  while (System.nanoTime() < until) {
                    long begin = System.nanoTime();
                    try (PreparedStatement query = connection.prepareStatement(queries[i++ % 2])) {
                      query.setObject(1, java.time.LocalDate.of(year, 1, 1));
                      query.setObject(2, java.time.LocalDate.of(year + 1, 1, 1));
                      try (ResultSet result = query.executeQuery()) {
                        result.next();
                      }
                    }
                    latencies.add(System.nanoTime() - begin);
                    done.incrementAndGet();
                  }
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return new Throughput(done.get(), System.nanoTime() - started, latencies.stats());
  }

  private static String insertEvent() {
    return "INSERT INTO raw_event (case_id, sequence_number, event_id, payload) VALUES (?, ?, ?, ?)";
  }

  private static void bindEvent(PreparedStatement insert, String caseId, long sequence, int bytes)
      throws SQLException {
    byte[] payload = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(payload);
    insert.setString(1, caseId);
    insert.setLong(2, sequence);
    insert.setString(3, UUID.randomUUID().toString());
    insert.setBytes(4, payload);
  }

  private void execute(String... statements) {
    try (Connection connection = servers.connect(url);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Thread spawn(Runnable work) {
    Thread thread = new Thread(work);
    thread.start();
    return thread;
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** How many operations in how long, and their latencies. */
  record Throughput(long operations, long nanos, Stats latency) {
    double perSecond() {
      return operations / seconds(nanos);
    }
  }
}
