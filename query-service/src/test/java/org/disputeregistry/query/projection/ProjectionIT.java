package org.disputeregistry.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.query.support.Envelopes;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.Readers;
import org.disputeregistry.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events straight onto a real topic, statistics back over real HTTP. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "registry.kafka.topic=" + ProjectionIT.TOPIC)
@WithRealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionIT {

  static final String TOPIC = "projection-it";

  TestRestTemplate http;

  @Autowired
  void callAsAReader(TestRestTemplate anonymous) {
    http = Readers.of(anonymous);
  }

  @Autowired JdbcTemplate jdbc;

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  KafkaProducer<String, byte[]> producer;

  /** The next offset after everything published so far, per partition. */
  final Map<Integer, Long> published = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeAll
  void createTopic() throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      admin.createTopics(java.util.List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
    }
    producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  @AfterAll
  void closeProducer() {
    producer.close();
  }

  void publish(EventEnvelope envelope) throws Exception {
    publishRaw(envelope.caseId().toString(), Envelopes.bytes(envelope));
  }

  void publishRaw(String key, byte[] value) throws Exception {
    RecordMetadata sent = producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
    published.merge(sent.partition(), sent.offset() + 1, Math::max);
  }

  long received(int year) {
    ResponseEntity<String> response =
        http.getForEntity("/api/statistics/reconsiderations?year=" + year, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return JsonPath.<Integer>read(response.getBody(), "$.figures.received");
  }

  long parked(String reasonFragment) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM dead_letter WHERE reason LIKE ?",
        Long.class,
        "%" + reasonFragment + "%");
  }

  @Test
  void applicationsAreCountedByTheYearOfReceiptAndRepeatsOnlyOnce() throws Exception {
    EventEnvelope event = Envelopes.received(UUID.randomUUID(), LocalDate.of(2019, 5, 2));

    publish(event);
    publish(event);
    publish(Envelopes.received(UUID.randomUUID(), LocalDate.of(2019, 12, 31)));
    publish(Envelopes.received(UUID.randomUUID(), LocalDate.of(2020, 1, 1)));

    // The cases are keyed to different partitions: wait until every record is projected.
    await().atMost(Duration.ofSeconds(60)).until(() -> ReadModels.caughtUp(jdbc, TOPIC, published));
    assertThat(received(2020)).isEqualTo(1);
    assertThat(received(2019)).isEqualTo(2);
  }

  @Test
  void poisonAndOutOfOrderEventsAreParkedAndTheProjectionGoesOn() throws Exception {
    publishRaw("not-a-case", "{ this is not json".getBytes());
    UUID gapCase = UUID.randomUUID();
    publish(Envelopes.received(gapCase, 2, LocalDate.of(2018, 3, 3), "gap"));
    publish(Envelopes.received(UUID.randomUUID(), LocalDate.of(2018, 4, 4)));

    await().atMost(Duration.ofSeconds(60)).until(() -> received(2018) == 1);
    assertThat(parked("Unreadable")).isGreaterThanOrEqualTo(1);
    assertThat(parked("Out of order: case " + gapCase)).isEqualTo(1);
  }

  @Test
  void anEventStoredInAnOlderRevisionIsUpcastOnTheLivePath() throws Exception {
    publishRaw(Envelopes.REVISION_ZERO_CASE.toString(), Envelopes.storedRevisionZero());

    await().atMost(Duration.ofSeconds(60)).until(() -> received(2021) == 1);
    assertThat(
            jdbc.queryForMap(
                "SELECT street, community, respondent_agency FROM reconsideration_case"
                    + " WHERE case_id = ?",
                Envelopes.REVISION_ZERO_CASE))
        .containsEntry("street", "GONGMING")
        .containsEntry("community", "XITIAN")
        .containsEntry("respondent_agency", "光明区市场监督管理局");
  }

  @Test
  void anImplausibleYearIsABadRequest() {
    ResponseEntity<String> response =
        http.getForEntity("/api/statistics/reconsiderations?year=20230", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JsonPath.<String>read(response.getBody(), "$.errors[0].field")).isEqualTo("year");

    ResponseEntity<String> notANumber =
        http.getForEntity("/api/statistics/reconsiderations?year=abc", String.class);
    assertThat(JsonPath.<String>read(notANumber.getBody(), "$.code")).isEqualTo("INVALID_QUERY");
  }
}
