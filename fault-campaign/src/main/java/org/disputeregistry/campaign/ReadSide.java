package org.disputeregistry.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What query-service shows: how far each case is projected (case_progress), how many events it
 * parked as dead letters, and the year's petition figures from its statistics API (as an analyst;
 * the unfiltered figures of a year are exact, never suppressed as small counts).
 */
record ReadSide(
    Map<String, Long> lastSequenceByCase, long deadLetters, Map<String, Long> statistics) {

  /** Statistic figure -> the event type that it counts (all load steps fall in one year). */
  static final Map<String, String> FIGURES =
      new LinkedHashMap<>(
          Map.of(
              "registered", "PetitionRegistered",
              "accepted", "PetitionAccepted",
              "replied", "PetitionReplied",
              "resolved", "PetitionResolved"));

  static final int YEAR = 2025;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Empty while query-service does not answer its statistics. */
  static Optional<ReadSide> read(Ports ports, AccessTokens tokens) throws SQLException {
    Optional<HttpResponse<String>> response =
        Http.get(
            tokens.bearer(AccessTokens.ANALYST),
            ports.queryUrl() + "/api/statistics/petitions?year=" + YEAR);
    if (response.isEmpty() || response.get().statusCode() != 200) {
      return Optional.empty();
    }
    Map<String, Long> statistics = new HashMap<>();
    try {
      JsonNode figures = JSON.readTree(response.get().body()).get("figures");
      for (String figure : FIGURES.keySet()) {
        statistics.put(figure, figures.get(figure).asLong());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Long> progress = new HashMap<>();
    long deadLetters;
    try (Connection connection = ports.connect("registry_queries");
        Statement statement = connection.createStatement()) {
      try (ResultSet rows =
          statement.executeQuery("SELECT case_id, last_sequence FROM case_progress")) {
        while (rows.next()) {
          progress.put(rows.getString(1), rows.getLong(2));
        }
      }
      try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM dead_letter")) {
        rows.next();
        deadLetters = rows.getLong(1);
      }
    }
    return Optional.of(new ReadSide(progress, deadLetters, statistics));
  }
}
