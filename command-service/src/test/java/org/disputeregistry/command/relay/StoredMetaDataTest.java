package org.disputeregistry.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.disputeregistry.command.lifecycle.Actor;
import org.disputeregistry.events.RegistryJson;
import org.junit.jupiter.api.Test;

/**
 * The relay reads who recorded an event, and its business date, from the metadata bytes exactly as
 * the store holds them.
 */
class StoredMetaDataTest {

  // The event store's serializer (AxonSerializationConfiguration).
  private final Serializer stored =
      JacksonSerializer.builder()
          .objectMapper(RegistryJson.configure(JsonMapper.builder()).build())
          .build();

  private StoredMetaData read(Map<String, ?> metaData) {
    return StoredMetaData.read(stored.serialize(MetaData.from(metaData), byte[].class).getData());
  }

  @Test
  void readsTheActorAndTheOrganisationBesideOtherMetadata() {
    StoredMetaData actor =
        read(
            Map.of(
                "traceId",
                "0b8f",
                Actor.METADATA_KEY,
                "officer.li",
                "nested",
                Map.of(Actor.METADATA_KEY, "not this one"),
                "list",
                List.of(1, 2),
                Actor.ORGANISATION_KEY,
                "district-reconsideration-office"));

    assertThat(actor)
        .isEqualTo(new StoredMetaData("officer.li", "district-reconsideration-office", null));
  }

  @Test
  void anEventRecordedByNobodyIsTheSystemsWithoutAnOrganisation() {
    assertThat(read(Map.of())).isEqualTo(new StoredMetaData("system", null, null));
    assertThat(read(Map.of(Actor.METADATA_KEY, "demo-loader")))
        .isEqualTo(new StoredMetaData("demo-loader", null, null));
  }

  @Test
  void readsTheStampedBusinessDate() {
    assertThat(
            read(
                Map.of(
                    Actor.METADATA_KEY,
                    "officer.li",
                    BusinessDateStamp.METADATA_KEY,
                    "2023-03-01")))
        .isEqualTo(new StoredMetaData("officer.li", null, LocalDate.of(2023, 3, 1)));
  }
}
