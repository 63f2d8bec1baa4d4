package org.disputeregistry.command.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * The relay's read of new events together with the ones its token still waits for (the gaps: global
 * indexes taken by transactions that had not committed yet, or never will). Axon's own statement
 * binds one parameter per gap, and PostgreSQL's protocol refuses more than 32767: a token with that
 * many gaps would stop the relay. Here the gaps are one array parameter.
 */
final class GapQuery {

  private GapQuery() {}

  static PreparedStatement readEventDataWithGaps(
      Connection connection, EventSchema schema, long globalIndex, int batchSize, List<Long> gaps)
      throws SQLException {
    String index = schema.globalIndexColumn();
    PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + schema.trackedEventFields()
                + " FROM "
                + schema.domainEventTable()
                + " WHERE ("
                + index
                + " > ? AND "
                + index
                + " <= ?) OR "
                + index
                + " = ANY (?) ORDER BY "
                + index
                + " ASC");
    statement.setLong(1, globalIndex);
    statement.setLong(2, globalIndex + batchSize);
    statement.setArray(3, connection.createArrayOf("bigint", gaps.toArray()));
    return statement;
  }
}
