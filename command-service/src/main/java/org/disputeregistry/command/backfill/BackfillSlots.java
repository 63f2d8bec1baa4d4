package org.disputeregistry.command.backfill;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One back-fill upload at a time per key (the organisation it loads for), across every instance of
 * the service: an upload holds a PostgreSQL session-level advisory lock on its key on a connection
 * of its own for as long as it runs; the database releases it if the instance dies.
 */
@Component
class BackfillSlots {

  private static final Logger log = LoggerFactory.getLogger(BackfillSlots.class);

  /** The first half of every back-fill lock's key: no other lock of the service shares it. */
  private static final int NAMESPACE = 7_020_503;

  private final DataSource dataSource;

  BackfillSlots(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A taken slot; closing it frees it. */
  interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Takes the slot of {@code key}.
   *
   * @throws SlotTaken if an upload with the same key runs, here or on another instance
   */
  Slot take(String key) {
    int id = id(key);
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(true);
      if (!lock(connection, "pg_try_advisory_lock", id)) {
        connection.close();
        throw new SlotTaken();
      }
    } catch (SQLException e) {
      close(connection);
      throw new IllegalStateException("Could not take the back-fill slot", e);
    }
    Connection held = connection;
    return () -> {
      try {
        lock(held, "pg_advisory_unlock", id);
      } catch (SQLException e) {
        log.warn("Could not free the back-fill slot; it goes with its connection", e);
        abort(held);
      }
      close(held);
    };
  }

  /** The key's half of the lock: a hash, so any string the security work supplies will do. */
  private static int id(String key) {
    CRC32 crc = new CRC32();
    crc.update(key.getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  private static boolean lock(Connection connection, String function, int id) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT " + function + "(" + NAMESPACE + ", ?)")) {
      statement.setInt(1, id);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  private static void abort(Connection connection) {
    try {
      connection.abort(Runnable::run);
    } catch (SQLException ignored) {
      // Closed below either way; the pool drops a connection it finds broken.
    }
  }

  private static void close(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        log.warn("Could not close the back-fill slot's connection", e);
      }
    }
  }

  /** Another upload with the same key is running. */
  static final class SlotTaken extends RuntimeException {
    SlotTaken() {
      super("Another back-fill upload for the same organisation is running; send it again later");
    }
  }
}
