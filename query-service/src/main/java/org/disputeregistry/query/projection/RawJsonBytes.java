package org.disputeregistry.query.projection;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON text kept as the UTF-8 bytes of the record it was read from, for a raw value of an envelope:
 * written out as those bytes, made a string only when a string is asked for. The projection never
 * writes an envelope's payload out, so decoding it to UTF-16 for each record (a tenth of the
 * streamed decoding, more with Chinese text) was work for nobody. The bytes are the record's own
 * and are not changed afterwards.
 */
final class RawJsonBytes implements SerializableString {

  private final byte[] bytes;
  private final int from;
  private final int length;
  private SerializedString text;

  RawJsonBytes(byte[] bytes, int from, int length) {
    this.bytes = bytes;
    this.from = from;
    this.length = length;
  }

  private SerializedString text() {
    if (text == null) {
      text = new SerializedString(new String(bytes, from, length, StandardCharsets.UTF_8));
    }
    return text;
  }

  @Override
  public String getValue() {
    return text().getValue();
  }

  @Override
  public int charLength() {
    return text().charLength();
  }

  @Override
  public char[] asQuotedChars() {
    return text().asQuotedChars();
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return Arrays.copyOfRange(bytes, from, from + length);
  }

  @Override
  public byte[] asQuotedUTF8() {
    return text().asQuotedUTF8();
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    return text().appendQuotedUTF8(buffer, offset);
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    return text().appendQuoted(buffer, offset);
  }

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    if (length > buffer.length - offset) {
      return -1;
    }
    System.arraycopy(bytes, from, buffer, offset, length);
    return length;
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    return text().appendUnquoted(buffer, offset);
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) throws IOException {
    return text().writeQuotedUTF8(out);
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    out.write(bytes, from, length);
    return length;
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
    return text().putQuotedUTF8(buffer);
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) throws IOException {
    if (length > buffer.remaining()) {
      return -1;
    }
    buffer.put(bytes, from, length);
    return length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawJsonBytes raw && getValue().equals(raw.getValue());
  }

  @Override
  public int hashCode() {
    return getValue().hashCode();
  }

  @Override
  public String toString() {
    return getValue();
  }
}
