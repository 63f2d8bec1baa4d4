package org.disputeregistry.events.servicecontact;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a person count ({@code long}, so that a day's sum never wraps) as the smallest number type
 * that holds it: in a JSON tree built from an event it is then the same node as when the tree is
 * read from the event's JSON text (an int node up to 2^31 - 1), so an envelope reads back equal.
 * The JSON is a plain number either way.
 */
final class PersonCount extends StdSerializer<Long> {

  PersonCount() {
    super(Long.class);
  }

  @Override
  public void serialize(Long value, JsonGenerator json, SerializerProvider provider)
      throws IOException {
    long count = value;
    if (count == (int) count) {
      json.writeNumber((int) count);
    } else {
      json.writeNumber(count);
    }
  }
}
