package org.disputeregistry.command.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.disputeregistry.command.ApiTestBase;
import org.disputeregistry.command.lifecycle.Caller;
import org.disputeregistry.command.support.TopicRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;

/**
 * A case recorded by the back-fill's in-memory path must be indistinguishable from the same case
 * made step by step through the API: the same stored rows (event types, revisions, payloads,
 * metadata, timestamp form) and the same envelopes on the topic, but for ids and times.
 */
class InMemoryBackfillIT extends ApiTestBase {

  private static final String ACTOR = "petition.zhou";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<Map.Entry<String, String>> STEPS =
      List.of(
          Map.entry("acceptance", "\"acceptedOn\":\"2023-01-06\""),
          Map.entry(
              "assignment",
              "\"assignedOn\":\"2023-01-06\",\"department\":\"光明区人力资源局\",\"dueOn\":\"2023-02-06\""),
          Map.entry("reply", "\"repliedOn\":\"2023-02-01\""),
          Map.entry("resolution", "\"resolvedOn\":\"2023-02-01\""),
          Map.entry("satisfaction", "\"ratedOn\":\"2023-02-02\",\"satisfaction\":\"SATISFIED\""));

  @Autowired LineParser parser;
  @Autowired InMemoryCases inMemoryCases;
  @Autowired TransactionManager transactions;

  @Value("${registry.kafka.bootstrap-servers}")
  String bootstrapServers;

  @Test
  void aCaseRecordedInMemoryIsStoredAndRelayedExactlyAsTheSameCaseMadeThroughTheApi()
      throws Exception {
    UUID viaApi = UUID.randomUUID();
    String apiNumber = number("光明信〔2023〕api");
    UUID inMemory = UUID.randomUUID();
    String memoryNumber = number("光明信〔2023〕mem");

    postStepByStep(viaApi, apiNumber);
    ResultMessage<List<Long>> recorded = recordInMemory(inMemory, memoryNumber);

    assertThat(recorded.isExceptional()).as("%s", recorded.optionalExceptionResult()).isFalse();
    assertThat(recorded.getPayload()).containsExactly(6L);
    List<Map<String, Object>> apiRows = storedRows(viaApi, apiNumber);
    assertThat(apiRows).hasSize(6);
    assertThat(storedRows(inMemory, memoryNumber)).isEqualTo(apiRows);
    assertThat(relayed(inMemory, memoryNumber)).isEqualTo(relayed(viaApi, apiNumber));
  }

  @Test
  void aBatchNamingAStoredCaseIsLeftToTheCommandBus() throws Exception {
    UUID id = UUID.randomUUID();
    String number = number("光明信〔2023〕mem");
    recordInMemory(id, number).getPayload();

    ResultMessage<List<Long>> again = recordInMemory(id, number);

    assertThat(again.exceptionResult()).isInstanceOf(InMemoryCases.StoredCase.class);
    assertThat(storedEvents(id)).isEqualTo(6);
  }

  @Test
  void aCaseOpenedByAnotherWriterMeanwhileFailsTheBatchAndLeavesNothingOfIt() throws Exception {
    UUID id = UUID.randomUUID();
    String number = number("光明信〔2023〕mem");

    ResultMessage<List<Long>> raced =
        recordInMemory(
            id,
            number,
            () ->
                assertStatus(
                    post("/api/petitions", openBody(id, number("光明信〔2023〕api"))),
                    HttpStatus.CREATED));

    assertThat(raced.exceptionResult())
        .as("the event table's unique (case id, sequence number)")
        .isInstanceOfAny(AggregateStreamCreationException.class, ConcurrencyException.class);
    assertThat(storedEvents(id)).as("only the other writer's opening").isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM case_number_claim WHERE case_number = ?", Long.class, number))
        .as("the batch's claim was rolled back")
        .isZero();
  }

  private void postStepByStep(UUID id, String caseNumber) {
    assertStatus(post("/api/petitions", openBody(id, caseNumber)), HttpStatus.CREATED);
    for (int i = 0; i < STEPS.size(); i++) {
      String body =
          "{\"stepId\":\"%s\",%s}"
              .formatted(LineParser.derivedStepId(id.toString(), i), STEPS.get(i).getValue());
      assertStatus(
          post("/api/petitions/" + id + "/" + STEPS.get(i).getKey(), body), HttpStatus.CREATED);
    }
  }

  /** The line as a back-fill file has it: steps without ids (derived as for the API above). */
  private ResultMessage<List<Long>> recordInMemory(UUID id, String caseNumber) throws Exception {
    return recordInMemory(id, caseNumber, () -> {});
  }

  /** {@code meanwhile} runs after the cases were recorded, before the batch commits. */
  private ResultMessage<List<Long>> recordInMemory(UUID id, String caseNumber, Runnable meanwhile)
      throws Exception {
    StringBuilder steps = new StringBuilder();
    for (Map.Entry<String, String> step : STEPS) {
      steps.append(steps.isEmpty() ? "" : ",");
      steps.append("{\"step\":\"%s\",%s}".formatted(step.getKey(), step.getValue()));
    }
    String line =
        "{\"type\":\"petitions\",\"open\":%s,\"steps\":[%s]}"
            .formatted(openBody(id, caseNumber), steps);
    CaseLine parsed = parser.parse(new Line(1, line));
    UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
    unit.attachTransaction(transactions);
    return unit.executeWithResult(
        () -> {
          List<Long> recorded =
              inMemoryCases.record(List.of(parsed), Caller.of(ACTOR, "DISTRICT_PETITION_OFFICE"));
          meanwhile.run();
          return recorded;
        });
  }

  private static String openBody(UUID id, String caseNumber) {
    return """
        {"caseId":"%s","caseNumber":"%s","registeredOn":"2023-01-05","channel":"HOTLINE",\
        "persons":1,"group":false,"repeat":false,"street":"MATIAN","community":"JIANGSHI",\
        "category":"HUMAN_RESOURCES"}"""
        .formatted(id, caseNumber);
  }

  /**
   * The case's rows in the event table, its own ids replaced, its timestamps checked and kept out.
   */
  private List<Map<String, Object>> storedRows(UUID id, String caseNumber) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT aggregateidentifier, sequencenumber, type, payloadtype, payloadrevision,"
                + " payload, metadata, timestamp FROM domainevententry"
                + " WHERE aggregateidentifier = ? ORDER BY sequencenumber",
            id.toString());
    for (Map<String, Object> row : rows) {
      Instant.parse((String) row.remove("timestamp"));
      for (String bytes : List.of("payload", "metadata")) {
        row.put(
            bytes,
            anonymous(new String((byte[]) row.get(bytes), StandardCharsets.UTF_8), id, caseNumber));
      }
      row.put("aggregateidentifier", anonymous((String) row.get("aggregateidentifier"), id, null));
    }
    return rows;
  }

  /** The case's envelopes on the topic, without their event ids and recording times. */
  private List<JsonNode> relayed(UUID id, String caseNumber) throws Exception {
    List<ConsumerRecord<String, String>> records =
        TopicRecords.awaitKey(bootstrapServers, TOPIC, id.toString(), 6, Duration.ofSeconds(60));
    List<JsonNode> envelopes = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      ObjectNode envelope = (ObjectNode) JSON.readTree(anonymous(record.value(), id, caseNumber));
      Instant.parse(envelope.remove("recordedAt").asText());
      assertThat(envelope.remove("eventId")).isNotNull();
      envelopes.add(envelope);
    }
    return envelopes;
  }

  private static String anonymous(String text, UUID id, String caseNumber) {
    String anonymous = text;
    for (int i = 0; i < STEPS.size(); i++) {
      anonymous =
          anonymous.replace(LineParser.derivedStepId(id.toString(), i).toString(), "step" + i);
    }
    anonymous = anonymous.replace(id.toString(), "the-case");
    return caseNumber == null ? anonymous : anonymous.replace(caseNumber, "the-number");
  }
}
