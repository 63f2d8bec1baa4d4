package org.disputeregistry.system;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An event as command-service's event store holds it. */
record StoredEvent(UUID eventId, UUID caseId, long sequence, UUID stepId) {

  private static final Configuration LENIENT =
      Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS);

  /** The step's id, or for the event that opened the case, the case's. */
  UUID stepOrCaseId() {
    return stepId == null ? caseId : stepId;
  }

  static List<StoredEvent> readAll(String jdbcUrl) throws SQLException {
    List<StoredEvent> events = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(jdbcUrl, KillablePostgres.USER, KillablePostgres.PASSWORD);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT eventIdentifier, aggregateIdentifier, sequenceNumber,"
                    + " convert_from(payload, 'UTF8') FROM DomainEventEntry ORDER BY globalIndex")) {
      while (rows.next()) {
        String stepId = JsonPath.using(LENIENT).parse(rows.getString(4)).read("$.stepId");
        events.add(
            new StoredEvent(
                UUID.fromString(rows.getString(1)),
                UUID.fromString(rows.getString(2)),
                rows.getLong(3),
                stepId == null ? null : UUID.fromString(stepId)));
      }
    }
    return events;
  }
}
