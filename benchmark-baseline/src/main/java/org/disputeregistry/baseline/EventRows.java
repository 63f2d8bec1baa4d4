package org.disputeregistry.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends one row per case to {@code raw_event}, the table shape of the suite's raw JDBC baseline:
 * the body as JSON, padded with trailing spaces (still JSON) to {@code baseline.row-bytes}, the
 * size of the service's average stored event (payload and metadata), so both write as much.
 */
@Component
class EventRows {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final int rowBytes;

  EventRows(JdbcTemplate jdbc, ObjectMapper json, @Value("${baseline.row-bytes:0}") int rowBytes) {
    this.jdbc = jdbc;
    this.json = json;
    this.rowBytes = rowBytes;
  }

  /** One INSERT in autocommit: one round trip, durable when it returns. */
  void append(UUID caseId, Object event) {
    jdbc.update(
        "INSERT INTO raw_event (case_id, sequence_number, event_id, payload) VALUES (?, 0, ?, ?)",
        caseId.toString(),
        UUID.randomUUID().toString(),
        payload(event));
  }

  private byte[] payload(Object event) {
    try {
      byte[] bytes = json.writeValueAsBytes(event);
      if (bytes.length >= rowBytes) {
        return bytes;
      }
      byte[] padded = Arrays.copyOf(bytes, rowBytes);
      Arrays.fill(padded, bytes.length, rowBytes, (byte) ' ');
      return padded;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
