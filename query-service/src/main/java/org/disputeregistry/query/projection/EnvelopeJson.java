package org.disputeregistry.query.projection;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.RegistryJson;

/**
 * Reads the envelopes of the topic and of the case histories: {@link RegistryJson}'s mapper, with
 * the envelope's day and instant read straight from their digits when they are written as the
 * mapper writes them ({@code 2024-03-01}, {@code 2024-03-01T08:15:30.123456Z}). Jackson's readers
 * go through {@code DateTimeFormatter}, a third of the projection's decoding; anything else (an
 * offset, a number, a field out of range) is left to them, so the values and the errors stay
 * theirs.
 */
final class EnvelopeJson {

  private static final ObjectMapper MAPPER =
      RegistryJson.mapper()
          .copy()
          .registerModule(
              new SimpleModule("envelope-times")
                  .addDeserializer(
                      LocalDate.class,
                      new DigitsFirst<>(EnvelopeJson::day, LocalDateDeserializer.INSTANCE))
                  .addDeserializer(
                      Instant.class,
                      new DigitsFirst<>(EnvelopeJson::instant, InstantDeserializer.INSTANT)));

  private static final ObjectReader READER = MAPPER.readerFor(EventEnvelope.class);

  private EnvelopeJson() {}

  static EventEnvelope read(byte[] json) throws IOException {
    return READER.readValue(json);
  }

  /**
   * The envelope's event, its days and instants read as the envelope's are (the payloads' days were
   * the rest of Jackson's {@code DateTimeFormatter} time).
   *
   * @throws org.disputeregistry.events.UnreadableEventException as {@link EventCatalog#decode}
   */
  static CaseEvent event(EventEnvelope envelope) {
    return EventCatalog.decode(envelope, MAPPER);
  }

  /** A value read from its digits when {@code digits} can, by Jackson's own reader otherwise. */
  private static final class DigitsFirst<T> extends JsonDeserializer<T> {
    private final Function<String, T> digits;
    private final JsonDeserializer<T> jackson;

    DigitsFirst(Function<String, T> digits, JsonDeserializer<T> jackson) {
      this.digits = digits;
      this.jackson = jackson;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        T value = digits.apply(parser.getText());
        if (value != null) {
          return value;
        }
      }
      return jackson.deserialize(parser, context);
    }
  }

  /** {@code yyyy-MM-dd}, or null. */
  static LocalDate day(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** {@code yyyy-MM-ddTHH:mm:ss} with 0 to 9 digits of fraction, in UTC ({@code Z}), or null. */
  static Instant instant(String text) {
    int length = text.length();
    if (length < 20
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z') {
      return null;
    }
    LocalDate day = day(text.substring(0, 10));
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int nanos = 0;
    if (length > 20) {
      int fraction = length - 21;
      if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      nanos = digits(text, 20, length - 1);
      for (int i = fraction; i < 9 && nanos >= 0; i++) {
        nanos *= 10;
      }
    }
    if (day == null || hour < 0 || minute < 0 || second < 0 || nanos < 0) {
      return null;
    }
    try {
      LocalTime time = LocalTime.of(hour, minute, second, nanos);
      return day.atTime(time).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** The decimal number in {@code text[from, to)}, or -1 if a character is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
