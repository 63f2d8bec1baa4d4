package org.disputeregistry.command.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Appends a unit of work's events as one multi-row INSERT, the same rows Axon's statement writes:
 * Axon adds a row per event to a JDBC batch, which the driver then rewrites into multi-row
 * statements, copying every parameter once more (JFR: the driver's batch work was half of a
 * back-fill batch's append, the serialising the other half). PostgreSQL takes at most 32,767
 * parameters in a statement: a larger append keeps Axon's.
 */
final class MultiRowAppend implements AppendEventsStatementBuilder {

  private static final int COLUMNS = 9;
  private static final int MAX_ROWS = Short.MAX_VALUE / COLUMNS;
  private static final String ROW = "(?,?,?,?,?,?,?,?,?)";

  @Override
  public PreparedStatement build(
      Connection connection,
      EventSchema schema,
      Class<?> dataType,
      List<? extends EventMessage<?>> events,
      Serializer serializer,
      TimestampWriter timestampWriter)
      throws SQLException {
    if (events.size() > MAX_ROWS) {
      return JdbcEventStorageEngineStatements.appendEvents(
          connection, schema, dataType, events, serializer, timestampWriter);
    }
    // One repeat, not an append per row (JFR: appending the rows' placeholders was a fifth of it).
    String sql =
        "INSERT INTO "
            + schema.domainEventTable()
            + " ("
            + schema.domainEventFields()
            + ") VALUES "
            + ROW
            + ("," + ROW).repeat(events.size() - 1);
    PreparedStatement statement = connection.prepareStatement(sql);
    int column = 0;
    for (EventMessage<?> message : events) {
      DomainEventMessage<?> event = asDomainEvent(message);
      SerializedObject<?> payload = event.serializePayload(serializer, dataType);
      SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
      statement.setString(++column, event.getIdentifier());
      statement.setString(++column, event.getAggregateIdentifier());
      statement.setLong(++column, event.getSequenceNumber());
      statement.setString(++column, event.getType());
      timestampWriter.writeTimestamp(statement, ++column, event.getTimestamp());
      statement.setString(++column, payload.getType().getName());
      statement.setString(++column, payload.getType().getRevision());
      statement.setObject(++column, payload.getData());
      statement.setObject(++column, metaData.getData());
    }
    statement.addBatch(); // the engine executes the statement as a batch: a batch of one
    return statement;
  }

  /** As Axon's statement treats an event that belongs to no aggregate. */
  private static <T> DomainEventMessage<T> asDomainEvent(EventMessage<T> event) {
    return event instanceof DomainEventMessage<T> domain
        ? domain
        : new GenericDomainEventMessage<>(
            null, event.getIdentifier(), 0L, event, event::getTimestamp);
  }
}
