package org.disputeregistry.events;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON form of events, on the wire and in the event store. */
public final class RegistryJson {

  private static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();

  private RegistryJson() {}

  /** A shared, thread-safe mapper with the registry's settings. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Applies the registry's settings: ISO dates, exact decimals (scale kept), and a tolerant reader
   * (a consumer ignores fields added by a newer producer).
   */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // Trees must keep a decimal as written: 880000.50 stays 880000.50, not 880000.5 or 8.8E+5.
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
  }
}
