package org.disputeregistry.query.projection;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disputeregistry.events.CaseEvent;
import org.disputeregistry.events.CaseId;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.EventEnvelope;
import org.disputeregistry.events.EventType;
import org.disputeregistry.events.RegistryJson;

/**
 * Reads the envelopes of the topic and of the case histories: {@link RegistryJson}'s mapper, with
 * the envelope's day and instant read straight from their digits when they are written as the
 * mapper writes them ({@code 2024-03-01}, {@code 2024-03-01T08:15:30.123456Z}). Jackson's readers
 * go through {@code DateTimeFormatter}, a third of the projection's decoding; anything else (an
 * offset, a number, a field out of range) is left to them, so the values and the errors stay
 * theirs. Case ids, in the envelope and in the payloads, are read the same way from their digits.
 */
final class EnvelopeJson {

  private static final ObjectMapper MAPPER =
      RegistryJson.mapper()
          .copy()
          .registerModule(
              new SimpleModule("digits-first")
                  .addDeserializer(
                      LocalDate.class,
                      new DigitsFirst<>(EnvelopeJson::day, LocalDateDeserializer.INSTANCE))
                  .addDeserializer(
                      Instant.class,
                      new DigitsFirst<>(EnvelopeJson::instant, InstantDeserializer.INSTANT))
                  .setDeserializerModifier(new CanonicalCaseIds()));

  private static final ObjectReader READER = MAPPER.readerFor(EventEnvelope.class);

  /** The reader of each type's payload in the catalogue's current revision. */
  private static final Map<String, CurrentType> CURRENT =
      EventCatalog.types().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  EventType::name,
                  t -> new CurrentType(t.revision(), MAPPER.readerFor(t.javaType()))));

  private record CurrentType(int revision, ObjectReader reader) {}

  private static final Map<String, CaseType> CASE_TYPES =
      Arrays.stream(CaseType.values())
          .collect(Collectors.toUnmodifiableMap(CaseType::name, Function.identity()));

  private EnvelopeJson() {}

  /** An envelope and its event. */
  record Read(EventEnvelope envelope, CaseEvent event) {}

  /**
   * The envelope and its event, in one pass over the JSON when it is as the relay writes it (see
   * {@link #streamed}); otherwise as {@link #read} and {@link #event} make them, with their errors.
   *
   * @throws org.disputeregistry.events.UnreadableEventException as {@link #event}
   */
  static Read decode(byte[] json) throws IOException {
    Read streamed = streamed(json);
    if (streamed != null) {
      return streamed;
    }
    EventEnvelope envelope = read(json);
    return new Read(envelope, event(envelope));
  }

  /**
   * The envelope and its event read in one pass, the payload straight into the event's record, when
   * the record is as the relay writes it: the envelope's fields of the expected JSON types, each
   * once and none other, {@code type} and {@code revision} before {@code payload}, and that
   * revision the catalogue's current one (no upcaster to run on a tree). Null for anything else,
   * and for anything the reading refuses: {@link #decode} then takes the general path, which gives
   * the same values or the precise error. The envelope keeps its payload as the raw JSON, the way
   * {@link EventEnvelope#wrapStored} does: nothing on the read side reads it as a tree again, nor
   * as a string ({@link RawJsonBytes} makes one only if asked).
   */
  static Read streamed(byte[] json) {
    try (JsonParser parser = MAPPER.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      UUID eventId = null;
      CaseId caseId = null;
      CaseType caseType = null;
      long sequence = -1;
      String type = null;
      int revision = -1;
      LocalDate businessDate = null;
      Instant recordedAt = null;
      String actor = null;
      String actorOrganisation = null;
      CaseEvent event = null;
      JsonNode payload = null;
      int seen = 0;
      for (JsonToken field = parser.nextToken();
          field != JsonToken.END_OBJECT;
          field = parser.nextToken()) {
        if (field != JsonToken.FIELD_NAME) {
          return null;
        }
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        int bit;
        switch (name) {
          case "eventId" -> {
            bit = 1;
            eventId = value == JsonToken.VALUE_STRING ? uuid(parser) : null;
          }
          case "caseId" -> {
            bit = 2;
            UUID id = value == JsonToken.VALUE_STRING ? uuid(parser) : null;
            caseId = id == null ? null : new CaseId(id);
          }
          case "caseType" -> {
            bit = 4;
            caseType = value == JsonToken.VALUE_STRING ? CASE_TYPES.get(parser.getText()) : null;
          }
          case "sequence" -> {
            bit = 8;
            sequence = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
          }
          case "type" -> {
            bit = 16;
            type = value == JsonToken.VALUE_STRING ? parser.getText() : null;
          }
          case "revision" -> {
            bit = 32;
            revision = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : -1;
          }
          case "businessDate" -> {
            bit = 64;
            businessDate = value == JsonToken.VALUE_STRING ? day(parser) : null;
          }
          case "recordedAt" -> {
            bit = 128;
            recordedAt = value == JsonToken.VALUE_STRING ? instant(parser) : null;
          }
          case "actor" -> {
            bit = 256;
            actor = value == JsonToken.VALUE_STRING ? parser.getText() : null;
          }
          case "actorOrganisation" -> {
            bit = 512;
            if (value == JsonToken.VALUE_STRING) {
              actorOrganisation = parser.getText();
            } else if (value != JsonToken.VALUE_NULL) {
              return null;
            }
          }
          case "payload" -> {
            bit = 1024;
            CurrentType current = type == null ? null : CURRENT.get(type);
            if (current == null
                || current.revision() != revision
                || value != JsonToken.START_OBJECT) {
              return null;
            }
            int from = (int) parser.currentTokenLocation().getByteOffset();
            event = current.reader().readValue(parser);
            int to = (int) parser.currentLocation().getByteOffset();
            payload =
                JsonNodeFactory.instance.rawValueNode(
                    new RawValue(new RawJsonBytes(json, from, to - from)));
          }
          default -> {
            return null;
          }
        }
        if ((seen & bit) != 0) {
          return null;
        }
        seen |= bit;
      }
      // Every field but actorOrganisation present, and each read as the expected JSON type.
      if ((seen | 512) != 2047
          || eventId == null
          || caseId == null
          || caseType == null
          || sequence < 0
          || type == null
          || revision < 0
          || businessDate == null
          || recordedAt == null
          || actor == null
          || event == null) {
        return null;
      }
      return new Read(
          new EventEnvelope(
              eventId,
              caseId,
              caseType,
              sequence,
              type,
              revision,
              businessDate,
              recordedAt,
              actor,
              actorOrganisation,
              payload),
          event);
    } catch (IOException | RuntimeException refused) {
      // The general path reads it again, to the same refusal with its own message.
      return null;
    }
  }

  /**
   * A UUID in its canonical form (8-4-4-4-12 hexadecimal digits), which every reader takes to the
   * same value, or null: Jackson's and {@link UUID#fromString}'s other forms are theirs to read.
   */
  static UUID uuid(String text) {
    return uuid(text.toCharArray(), 0, text.length());
  }

  private static UUID uuid(JsonParser parser) throws IOException {
    return uuid(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  /**
   * {@link #uuid(String)} of {@code text[from, from + length)}, its digits read in one pass (a
   * check of the form, then {@link UUID#fromString} reading them again, was a tenth of decoding).
   */
  static UUID uuid(char[] text, int from, int length) {
    if (length != 36
        || text[from + 8] != '-'
        || text[from + 13] != '-'
        || text[from + 18] != '-'
        || text[from + 23] != '-') {
      return null;
    }
    long timeLow = hex(text, from, from + 8);
    long timeMid = hex(text, from + 9, from + 13);
    long timeHigh = hex(text, from + 14, from + 18);
    long sequence = hex(text, from + 19, from + 23);
    long node = hex(text, from + 24, from + 36);
    if ((timeLow | timeMid | timeHigh | sequence | node) < 0) {
      return null;
    }
    return new UUID(timeLow << 32 | timeMid << 16 | timeHigh, sequence << 48 | node);
  }

  /** Each ASCII character's value as a hexadecimal digit, -1 for the others. */
  private static final byte[] HEX = new byte[128];

  static {
    Arrays.fill(HEX, (byte) -1);
    for (int i = 0; i < 10; i++) {
      HEX['0' + i] = (byte) i;
    }
    for (int i = 0; i < 6; i++) {
      HEX['a' + i] = (byte) (10 + i);
      HEX['A' + i] = (byte) (10 + i);
    }
  }

  /** The hexadecimal number in {@code text[from, to)} (at most 12 digits), or -1. */
  private static long hex(char[] text, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      int digit = c < 128 ? HEX[c] : -1;
      if (digit < 0) {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value;
  }

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

  /**
   * A case id in its canonical form read by {@link #uuid(char[], int, int)}; any other value by
   * Jackson's reader of {@link CaseId} (its {@code of}, called by reflection, parsed the id again:
   * a tenth of the streamed decoding of a payload that holds its case id).
   */
  private static final class CanonicalCaseIds extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> jackson) {
      return description.getBeanClass() == CaseId.class ? new CaseIdDigitsFirst(jackson) : jackson;
    }
  }

  private static final class CaseIdDigitsFirst extends DelegatingDeserializer {
    CaseIdDigitsFirst(JsonDeserializer<?> jackson) {
      super(jackson);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> jackson) {
      return new CaseIdDigitsFirst(jackson);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        UUID id = uuid(parser);
        if (id != null) {
          return new CaseId(id);
        }
      }
      return super.deserialize(parser, context);
    }
  }

  /** A reading of a string's characters {@code text[from, from + length)}, null if it cannot. */
  @FunctionalInterface
  private interface FromChars<T> {
    T read(char[] text, int from, int length);
  }

  /** A value read from its digits when {@code digits} can, by Jackson's own reader otherwise. */
  private static final class DigitsFirst<T> extends JsonDeserializer<T> {
    private final FromChars<T> digits;
    private final JsonDeserializer<T> jackson;

    DigitsFirst(FromChars<T> digits, JsonDeserializer<T> jackson) {
      this.digits = digits;
      this.jackson = jackson;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        T value =
            digits.read(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        if (value != null) {
          return value;
        }
      }
      return jackson.deserialize(parser, context);
    }
  }

  private static LocalDate day(JsonParser parser) throws IOException {
    return day(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  private static Instant instant(JsonParser parser) throws IOException {
    return instant(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  /** {@code yyyy-MM-dd} in {@code text[from, from + length)}, or null. */
  static LocalDate day(char[] text, int from, int length) {
    if (length != 10 || text[from + 4] != '-' || text[from + 7] != '-') {
      return null;
    }
    int year = digits(text, from, from + 4);
    int month = digits(text, from + 5, from + 7);
    int day = digits(text, from + 8, from + 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /**
   * {@code yyyy-MM-ddTHH:mm:ss} with 0 to 9 digits of fraction, in UTC ({@code Z}), in {@code
   * text[from, from + length)}, or null.
   */
  static Instant instant(char[] text, int from, int length) {
    int end = from + length;
    if (length < 20
        || text[from + 10] != 'T'
        || text[from + 13] != ':'
        || text[from + 16] != ':'
        || text[end - 1] != 'Z') {
      return null;
    }
    LocalDate day = day(text, from, 10);
    int hour = digits(text, from + 11, from + 13);
    int minute = digits(text, from + 14, from + 16);
    int second = digits(text, from + 17, from + 19);
    int nanos = 0;
    if (length > 20) {
      int fraction = length - 21;
      if (text[from + 19] != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      nanos = digits(text, from + 20, end - 1);
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
  private static int digits(char[] text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
