package org.disputeregistry.query.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applied migrations whose comments, and nothing else, were edited: before Flyway validates, the
 * checksum it recorded for the old text becomes that of the new one, so a database migrated by an
 * earlier release validates. Only the exact pairs listed are rewritten; any other difference still
 * fails validation, as it must. Spring Boot hands Flyway every {@code Callback} bean.
 */
@Component
class CommentOnlyEdits implements Callback {

  private static final Logger log = LoggerFactory.getLogger(CommentOnlyEdits.class);

  /** A migration's checksum before and after an edit of its comments only. */
  record Edit(String version, int before, int after) {}

  /** V10, V20, V21: their first comment line cited a document outside the repository. */
  static final List<Edit> EDITS =
      List.of(
          new Edit("10", 780_237_206, -967_128_108),
          new Edit("20", -1_457_296_970, 1_041_527_811),
          new Edit("21", -1_174_419_096, 1_664_664_681));

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_VALIDATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    Configuration configuration = context.getConfiguration();
    String table =
        configuration.getDefaultSchema() == null
            ? quoted(configuration.getTable())
            : quoted(configuration.getDefaultSchema()) + "." + quoted(configuration.getTable());
    try {
      Connection connection = context.getConnection();
      if (!exists(connection, table)) {
        return;
      }
      for (Edit edit : EDITS) {
        try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE " + table + " SET checksum = ? WHERE version = ? AND checksum = ?")) {
          update.setInt(1, edit.after());
          update.setString(2, edit.version());
          update.setInt(3, edit.before());
          if (update.executeUpdate() > 0) {
            log.info("Migration {} had its comments edited: its checksum now matches", edit);
          }
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new FlywayException("Could not update the checksums of comment-only edits", e);
    }
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?)")) {
      query.setString(1, table);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() && rs.getString(1) != null;
      }
    }
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  @Override
  public String getCallbackName() {
    return "comment-only edits";
  }
}
