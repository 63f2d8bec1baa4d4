package org.disputeregistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.support.TestPropertySourceUtils;

class NamingAndPropertiesTest {

  @Test
  void makesValidUniqueDatabaseNamesFromAnyPrefix() {
    assertThat(TestInfrastructure.databaseName("command-service", "ab12cd_7"))
        .isEqualTo("command_service_ab12cd_7");
    assertThat(TestInfrastructure.databaseName("42 Tests", "x_1")).isEqualTo("t_42_tests_x_1");
    assertThat(TestInfrastructure.databaseName("a".repeat(100), "ab12cd_7"))
        .hasSize(63)
        .endsWith("_ab12cd_7");
  }

  @Test
  void setsSpringsAndTheServicesPropertiesToTheSameServers() {
    TestDatabase database =
        new TestDatabase("t_1", "jdbc:postgresql://localhost:5/t_1", "postgres", "pw");

    Map<String, Object> properties =
        RealInfrastructureInitializer.properties(database, "localhost:9");

    assertThat(properties)
        .containsEntry("spring.datasource.url", "jdbc:postgresql://localhost:5/t_1")
        .containsEntry("spring.datasource.username", "postgres")
        .containsEntry("spring.datasource.password", "pw")
        .containsEntry("spring.kafka.bootstrap-servers", "localhost:9")
        .containsEntry("REGISTRY_COMMAND_DB_URL", "jdbc:postgresql://localhost:5/t_1")
        .containsEntry("REGISTRY_QUERY_DB_URL", "jdbc:postgresql://localhost:5/t_1")
        .containsEntry("REGISTRY_COMMAND_DB_USER", "postgres")
        .containsEntry("REGISTRY_COMMAND_DB_PASSWORD", "pw")
        .containsEntry("REGISTRY_QUERY_DB_USER", "postgres")
        .containsEntry("REGISTRY_QUERY_DB_PASSWORD", "pw")
        .containsEntry("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", "localhost:9");
  }

  @Test
  void ranksBelowTestPropertiesAndAboveSystemPropertiesAndEnvironment() {
    MutablePropertySources sources = new StandardEnvironment().getPropertySources();
    sources.addFirst(
        new MapPropertySource(
            TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, Map.of()));
    sources.addLast(new MapPropertySource("application.yml", Map.of()));

    RealInfrastructureInitializer.install(
        sources,
        new MapPropertySource(RealInfrastructureInitializer.PROPERTY_SOURCE_NAME, Map.of()));

    assertThat(sources.stream().map(PropertySource::getName))
        .containsExactly(
            TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME,
            RealInfrastructureInitializer.PROPERTY_SOURCE_NAME,
            StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            "application.yml");
  }
}
