package org.disputeregistry.command;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.disputeregistry.events.EventCatalog;
import org.disputeregistry.events.RegistryJson;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The event store keeps events in the registry's one JSON form (shared-events), with the revision
 * of the catalogue, so stored events and published events read alike.
 */
@Configuration(proxyBeanMethods = false)
class AxonSerializationConfiguration {

  @Bean
  RevisionResolver revisionResolver() {
    return type ->
        EventCatalog.byJavaType(type).map(t -> String.valueOf(t.revision())).orElse(null);
  }

  @Bean
  @Primary
  Serializer serializer(RevisionResolver revisionResolver) {
    return JacksonSerializer.builder()
        .objectMapper(RegistryJson.configure(JsonMapper.builder()).build())
        .revisionResolver(revisionResolver)
        .build();
  }

  @Bean
  @Qualifier("eventSerializer")
  Serializer eventSerializer(Serializer serializer) {
    return serializer;
  }

  @Bean
  @Qualifier("messageSerializer")
  Serializer messageSerializer(Serializer serializer) {
    return serializer;
  }
}
