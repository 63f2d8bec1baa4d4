package org.disputeregistry.query.projection;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The {@code case_event} rows of a flush, sent as one binary {@code COPY}: a batch keeps a row per
 * event, and a COPY of them spares the driver binding and the server planning and executing a
 * batched INSERT's parameters row by row (the largest statement of a catch-up by rows). The rows
 * are encoded as they are queued, in PostgreSQL's binary copy format.
 */
final class HistoryCopy {

  static final String SQL =
      "COPY case_event (case_id, sequence, envelope) FROM STDIN (FORMAT binary)";

  /** "PGCOPY\n\377\r\n\0", then no flags and no header extension. */
  private static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };

  private final Buffer bytes = new Buffer();
  private final DataOutputStream out = new DataOutputStream(bytes);
  private int rows;

  void add(UUID caseId, long sequence, byte[] envelope) {
    try {
      if (rows == 0) {
        out.write(HEADER);
      }
      out.writeShort(3);
      out.writeInt(16);
      out.writeLong(caseId.getMostSignificantBits());
      out.writeLong(caseId.getLeastSignificantBits());
      out.writeInt(8);
      out.writeLong(sequence);
      out.writeInt(envelope.length);
      out.write(envelope);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array stream does not fail
    }
  }

  boolean isEmpty() {
    return rows == 0;
  }

  /** Sends the rows over the given connection (the transaction's), and forgets them. */
  void send(Connection connection) throws SQLException {
    if (rows == 0) {
      return;
    }
    try {
      out.writeShort(-1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(SQL);
    try {
      copy.writeToCopy(bytes.array(), 0, bytes.size());
      copy.endCopy();
    } finally {
      clear();
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  void clear() {
    bytes.reset();
    rows = 0;
  }

  /** Hands its array to the driver as it is, without a copy. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(1 << 16);
    }

    byte[] array() {
      return buf;
    }
  }
}
