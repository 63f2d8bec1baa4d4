package org.disputeregistry.query.projection;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON text kept as the UTF-8 bytes of the record it was read from, for a raw value of an envelope,
 * made a string only when it is written out or compared. The projection never writes an envelope's
 * payload out, so decoding it to UTF-16 for each record (a tenth of the streamed decoding, more
 * with Chinese text) was work for nobody. The bytes are the record's own and are not changed
 * afterwards.
 */
final class RawJsonBytes implements JsonSerializable {

  private final byte[] bytes;
  private final int from;
  private final int length;

  RawJsonBytes(byte[] bytes, int from, int length) {
    this.bytes = bytes;
    this.from = from;
    this.length = length;
  }

  @Override
  public void serialize(JsonGenerator generator, SerializerProvider serializers)
      throws IOException {
    generator.writeRawValue(toString());
  }

  @Override
  public void serializeWithType(
      JsonGenerator generator, SerializerProvider serializers, TypeSerializer types)
      throws IOException {
    serialize(generator, serializers);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawJsonBytes raw && toString().equals(raw.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  @Override
  public String toString() {
    return new String(bytes, from, length, StandardCharsets.UTF_8);
  }
}
