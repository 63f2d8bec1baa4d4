package org.disputeregistry.command.relay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.disputeregistry.command.lifecycle.Actor;
import org.disputeregistry.events.RegistryJson;

/**
 * What the relay needs of an event's metadata, read as the event store holds it (a JSON object)
 * with one pass of a streaming parser. Axon's own reading of the metadata builds a map deserializer
 * per message; in the relay that was a fifth of its CPU per event (JFR, back-fill), for two
 * strings.
 *
 * @param actor who recorded the event; "system" when the metadata names nobody
 * @param organisation the organisation they acted for; null when none
 * @param businessDate the event's business date ({@link BusinessDateStamp}); null for an event
 *     stored before it was stamped
 */
record StoredMetaData(String actor, String organisation, LocalDate businessDate) {

  private static final JsonFactory JSON = RegistryJson.mapper().getFactory();

  static StoredMetaData read(byte[] storedMetaData) {
    String actor = null;
    String organisation = null;
    LocalDate businessDate = null;
    try (JsonParser parser = JSON.createParser(storedMetaData)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("Stored metadata is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING && Actor.METADATA_KEY.equals(key)) {
          actor = parser.getText();
        } else if (value == JsonToken.VALUE_STRING && Actor.ORGANISATION_KEY.equals(key)) {
          organisation = parser.getText();
        } else if (value == JsonToken.VALUE_STRING && BusinessDateStamp.METADATA_KEY.equals(key)) {
          businessDate = LocalDate.parse(parser.getText());
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Stored metadata is not readable JSON", e);
    }
    return new StoredMetaData(actor == null ? "system" : actor, organisation, businessDate);
  }
}
