package org.disputeregistry.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What command-service's event store holds (Axon's DomainEventEntry, read over JDBC): per case the
 * last sequence, per step key how often it is stored, per event type how many.
 */
record EventStore(
    Map<String, Long> lastSequenceByCase,
    Map<String, Integer> storedByStepKey,
    Map<String, Long> countByType,
    Set<String> eventIds) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Everything, for the check: each event's step is read from its JSON payload. */
  static EventStore read(Ports ports) throws SQLException {
    Map<String, Long> lastSequence = new HashMap<>();
    Map<String, Integer> stored = new HashMap<>();
    Map<String, Long> types = new HashMap<>();
    Set<String> eventIds = new HashSet<>();
    try (Connection connection = connect(ports);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT aggregateIdentifier, sequenceNumber, eventIdentifier, payloadType, payload"
                    + " FROM DomainEventEntry")) {
      while (rows.next()) {
        String caseId = rows.getString(1);
        long sequence = rows.getLong(2);
        eventIds.add(rows.getString(3));
        lastSequence.merge(caseId, sequence, Math::max);
        types.merge(simpleName(rows.getString(4)), 1L, Long::sum);
        String key = sequence == 0 ? "open:" + caseId : stepKey(rows.getBytes(5));
        if (key != null) {
          stored.merge(key, 1, Integer::sum);
        }
      }
    }
    return new EventStore(lastSequence, stored, types, eventIds);
  }

  /** Only what the read side is compared with while waiting for it (cheap enough to poll). */
  static EventStore readTotals(Ports ports) throws SQLException {
    Map<String, Long> lastSequence = new HashMap<>();
    Map<String, Long> types = new HashMap<>();
    try (Connection connection = connect(ports);
        Statement statement = connection.createStatement()) {
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT aggregateIdentifier, max(sequenceNumber) FROM DomainEventEntry GROUP BY 1")) {
        while (rows.next()) {
          lastSequence.put(rows.getString(1), rows.getLong(2));
        }
      }
      try (ResultSet rows =
          statement.executeQuery("SELECT payloadType, count(*) FROM DomainEventEntry GROUP BY 1")) {
        while (rows.next()) {
          types.merge(simpleName(rows.getString(1)), rows.getLong(2), Long::sum);
        }
      }
    }
    return new EventStore(lastSequence, Map.of(), types, Set.of());
  }

  private static Connection connect(Ports ports) throws SQLException {
    return ports.connect("registry_commands");
  }

  long count(String type) {
    return countByType.getOrDefault(type, 0L);
  }

  /** "org.example.PetitionAcceptedEvent" -> "PetitionAccepted". */
  private static String simpleName(String payloadType) {
    String name = payloadType.substring(payloadType.lastIndexOf('.') + 1);
    return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
  }

  private static String stepKey(byte[] payload) {
    try {
      JsonNode stepId = JSON.readTree(payload).get("stepId");
      return stepId == null || stepId.isNull() ? null : "step:" + stepId.asText();
    } catch (IOException e) {
      throw new UncheckedIOException("An event payload that is not JSON", e);
    }
  }
}
