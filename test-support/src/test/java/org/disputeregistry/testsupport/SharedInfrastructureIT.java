package org.disputeregistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class SharedInfrastructureIT {

  private final TestInfrastructure infrastructure = TestInfrastructure.get();

  @Test
  void isOneInstancePerJvm() {
    assertThat(TestInfrastructure.get()).isSameAs(infrastructure);
    assertThat(infrastructure.source()).isNotNull();
  }

  @Test
  void givesEachCallerItsOwnWritableDatabase() throws Exception {
    TestDatabase first = infrastructure.newDatabase("command-service");
    TestDatabase second = infrastructure.newDatabase("command-service");

    assertThat(first.name()).isNotEqualTo(second.name()).startsWith("command_service_");
    assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
    for (TestDatabase database : List.of(first, second)) {
      execute(database, "CREATE TABLE dispute (id varchar(20) PRIMARY KEY)");
      execute(database, "INSERT INTO dispute VALUES ('" + database.name().hashCode() + "')");
    }
    assertThat(disputeIds(first)).containsExactly(String.valueOf(first.name().hashCode()));
    assertThat(disputeIds(second)).containsExactly(String.valueOf(second.name().hashCode()));
  }

  @Test
  void givesEachDatabaseARoleOfItsOwnThatIsNoSuperuser() throws Exception {
    TestDatabase first = infrastructure.newDatabase("query-service");
    TestDatabase second = infrastructure.newDatabase("query-service");

    assertThat(first.user()).isNotEqualTo(second.user());
    try (Connection c = connect(first);
        Statement s = c.createStatement();
        ResultSet role =
            s.executeQuery(
                "SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles"
                    + " WHERE rolname = current_user")) {
      role.next();
      assertThat(List.of(role.getBoolean(1), role.getBoolean(2), role.getBoolean(3)))
          .as("superuser, createdb, createrole")
          .containsOnly(false);
    }
    TestDatabase foreign =
        new TestDatabase(second.name(), second.jdbcUrl(), first.user(), first.password());
    assertThatThrownBy(() -> connect(foreign).close())
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
  }

  @Test
  void producesAndConsumesOnAUniqueTopic() throws Exception {
    String topic = infrastructure.uniqueName("registry.case-events");
    assertThat(topic).isNotEqualTo(infrastructure.uniqueName("registry.case-events"));
    String bootstrap = infrastructure.kafkaBootstrapServers();

    createTopicAndAwaitLeaders(bootstrap, topic);
    produce(bootstrap, topic, List.of("opened", "mediator-assigned", "settled"));

    assertThat(consume(bootstrap, topic, 3))
        .containsExactlyInAnyOrder("opened", "mediator-assigned", "settled");
  }

  private static void execute(TestDatabase database, String sql) throws Exception {
    try (Connection c = connect(database);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<String> disputeIds(TestDatabase database) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = connect(database);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT id FROM dispute")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  private static Connection connect(TestDatabase database) throws Exception {
    return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
  }

  /** Producing right after creation can race the leader election: wait for it first. */
  private static void createTopicAndAwaitLeaders(String bootstrap, String topic) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin
          .createTopics(List.of(new NewTopic(topic, 3, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
      Instant deadline = Instant.now().plusSeconds(30);
      while (!hasLeaders(admin, topic)) {
        assertThat(Instant.now()).as("leaders of %s elected in time", topic).isBefore(deadline);
      }
    }
  }

  private static boolean hasLeaders(Admin admin, String topic) throws Exception {
    TopicDescription description =
        admin.describeTopics(Set.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
    return description.partitions().stream().allMatch(p -> p.leader() != null);
  }

  private static void produce(String bootstrap, String topic, List<String> values)
      throws Exception {
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
      for (String value : values) {
        producer.send(new ProducerRecord<>(topic, "case-1", value)).get(30, TimeUnit.SECONDS);
      }
    }
  }

  private static List<String> consume(String bootstrap, String topic, int expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG,
            topic + "-reader",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class);
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(List.of(topic));
      Instant deadline = Instant.now().plusSeconds(30);
      while (values.size() < expected && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          values.add(r.value());
        }
      }
    }
    return values;
  }
}
