package org.disputeregistry.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.disputeregistry.events.RegistryJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A raw value kept as a record's bytes is written out as the JSON it was, to bytes or text. */
class RawJsonBytesTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 5_000})
  void isWrittenAsTheJsonItWas(int repeated) throws IOException {
    String payload =
        "{\"respondentAgency\":\"" + "光明区市场监督管理局".repeat(repeated) + "\",\"amount\":880000.50}";
    byte[] record = ("{\"payload\":" + payload + "}").getBytes(StandardCharsets.UTF_8);
    int from = "{\"payload\":".length();
    JsonNode raw =
        JsonNodeFactory.instance.rawValueNode(
            new RawValue(
                new RawJsonBytes(record, from, payload.getBytes(StandardCharsets.UTF_8).length)));
    Map<String, JsonNode> envelope = Map.of("payload", raw);
    String expected = "{\"payload\":" + payload + "}";

    assertThat(
            new String(RegistryJson.mapper().writeValueAsBytes(envelope), StandardCharsets.UTF_8))
        .isEqualTo(expected);
    assertThat(RegistryJson.mapper().writeValueAsString(envelope)).isEqualTo(expected);
    assertThat(raw.toString()).isEqualTo(payload);
  }
}
