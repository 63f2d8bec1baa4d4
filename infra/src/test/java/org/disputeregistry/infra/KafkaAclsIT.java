package org.disputeregistry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's Kafka security on a real broker: SASL/SCRAM, the ACLs of {@link KafkaAccess},
 * nothing allowed without them, and a broker that ran without authentication upgraded in place.
 */
class KafkaAclsIT {

  private static final String TOPIC = "registry.case-events";
  private static final String GROUP = "query-service";

  @TempDir Path dataDirectory;

  @Test
  void eachPrincipalMayDoItsPartOnlyOnABrokerUpgradedFromPlaintext() throws Exception {
    Path logs = dataDirectory.resolve("kafka");
    try (LocalKafka plain = LocalKafka.start(logs, FreePorts.pick())) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", plain.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get(30, SECONDS);
      }
      produce(plain.bootstrapServers(), Map.of(), "before-security");
    }

    KafkaCredentials credentials =
        KafkaCredentials.loadOrCreate(KafkaCredentials.directory(dataDirectory));
    assertThat(
            Files.getPosixFilePermissions(
                KafkaCredentials.directory(dataDirectory).resolve("passwords.properties")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    try (LocalKafka kafka = LocalKafka.start(logs, FreePorts.pick(), Optional.of(credentials))) {
      String bootstrap = kafka.bootstrapServers();
      KafkaAccess.provision(bootstrap, credentials, TOPIC, GROUP, Duration.ofSeconds(60));
      // twice: every start provisions again
      KafkaAccess.provision(bootstrap, credentials, TOPIC, GROUP, Duration.ofSeconds(60));
      Map<String, Object> relay = credentials.clientProperties(KafkaCredentials.RELAY);
      Map<String, Object> query = credentials.clientProperties(KafkaCredentials.QUERY);

      produce(bootstrap, relay, "by-the-relay");
      assertThat(consume(bootstrap, query, GROUP, 2))
          .containsExactlyInAnyOrder("before-security", "by-the-relay");

      assertThatThrownBy(() -> produce(bootstrap, query, "by-the-query-service"))
          .as("the query-service's principal cannot produce")
          .satisfies(e -> assertThat(rootOrSelf(e)).isInstanceOf(AuthorizationException.class));
      assertThatThrownBy(() -> consume(bootstrap, query, "another-group", 1))
          .isInstanceOf(GroupAuthorizationException.class);
      assertThatThrownBy(() -> consume(bootstrap, relay, GROUP, 1))
          .as("the relay's principal cannot join the group")
          .isInstanceOf(GroupAuthorizationException.class);
      assertThatThrownBy(() -> readAssigned(bootstrap, relay))
          .as("the relay's principal cannot read the topic")
          .isInstanceOf(TopicAuthorizationException.class);
      assertThatThrownBy(() -> produce(bootstrap, relay, "other-topic", "x"))
          .as("the relay's principal writes its topic only")
          .satisfies(e -> assertThat(rootOrSelf(e)).isInstanceOf(AuthorizationException.class));
      assertThat(readAssigned(bootstrap, readerFile(credentials)))
          .as("the reader's file, as operators and tests use it")
          .hasSize(2);

      Map<String, Object> wrongPassword = new HashMap<>(relay);
      wrongPassword.put(
          "sasl.jaas.config",
          KafkaCredentials.jaas(KafkaSasl.SCRAM_LOGIN, KafkaCredentials.RELAY, "guessed", ""));
      assertThatThrownBy(() -> describeCluster(bootstrap, wrongPassword))
          .hasCauseInstanceOf(SaslAuthenticationException.class);
      assertThatThrownBy(() -> describeCluster(bootstrap, Map.of()))
          .as("a client without authentication gets no answer")
          .isInstanceOf(ExecutionException.class);
    }
  }

  private static final TimeUnit SECONDS = TimeUnit.SECONDS;

  private static Throwable rootOrSelf(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && !(t instanceof AuthorizationException)) {
      t = t.getCause();
    }
    return t;
  }

  private static void produce(String bootstrap, Map<String, Object> security, String value)
      throws Exception {
    produce(bootstrap, security, TOPIC, value);
  }

  private static void produce(
      String bootstrap, Map<String, Object> security, String topic, String value) throws Exception {
    Map<String, Object> config = new HashMap<>(security);
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "case-1", value)).get(30, SECONDS);
    }
  }

  /** Subscribes in {@code group} and reads {@code expected} records, committing them. */
  private static List<String> consume(
      String bootstrap, Map<String, Object> security, String group, int expected) {
    Map<String, Object> config = consumerConfig(bootstrap, security);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<String> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = consumer(config)) {
      consumer.subscribe(List.of(TOPIC));
      Instant deadline = Instant.now().plusSeconds(30);
      while (seen.size() < expected && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          seen.add(r.value());
        }
      }
      consumer.commitSync();
    }
    return seen;
  }

  /** Reads the whole topic without a group. */
  private static List<String> readAssigned(String bootstrap, Map<String, Object> security) {
    List<String> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = consumer(consumerConfig(bootstrap, security))) {
      List<TopicPartition> partitions =
          List.of(new TopicPartition(TOPIC, 0), new TopicPartition(TOPIC, 1));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.value()));
      }
    }
    return seen;
  }

  private static Map<String, Object> consumerConfig(
      String bootstrap, Map<String, Object> security) {
    Map<String, Object> config = new HashMap<>(security);
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    return config;
  }

  private static KafkaConsumer<String, String> consumer(Map<String, Object> config) {
    return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
  }

  private static void describeCluster(String bootstrap, Map<String, Object> security)
      throws Exception {
    Map<String, Object> config = new HashMap<>(security);
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    try (Admin admin = Admin.create(config)) {
      admin.describeCluster().nodes().get(30, SECONDS);
    }
  }

  private static Map<String, Object> readerFile(KafkaCredentials credentials) throws Exception {
    Properties properties = new Properties();
    try (var reader = Files.newBufferedReader(credentials.readerClientFile())) {
      properties.load(reader);
    }
    Map<String, Object> config = new HashMap<>();
    properties.forEach((k, v) -> config.put((String) k, v));
    return config;
  }
}
