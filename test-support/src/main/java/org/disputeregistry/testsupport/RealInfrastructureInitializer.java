package org.disputeregistry.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Points a Spring test context at the real infrastructure: a new database of its own, the shared
 * Kafka, and this JVM's {@link TestIssuer} as the issuer of access tokens.
 *
 * <p>Sets both Spring's properties and the variables the services' application.yml read, in a
 * property source that ranks above system properties, environment variables and application.yml but
 * below {@code @SpringBootTest(properties = ...)}, {@code @TestPropertySource} and
 * {@code @DynamicPropertySource}, so a test can still override any of them.
 *
 * <pre>{@code
 * @SpringBootTest
 * @ContextConfiguration(initializers = RealInfrastructureInitializer.class)
 * class CaseApiIT { ... }
 * }</pre>
 *
 * or {@link WithRealInfrastructure}.
 */
public class RealInfrastructureInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String PROPERTY_SOURCE_NAME = "realTestInfrastructure";

  /** Server-side loggers that are chatty at INFO; a test's own logging.level.* still wins. */
  private static final List<String> SERVER_LOGGERS =
      List.of("kafka", "org.apache.kafka", "state.change.logger", "io.zonky", "org.testcontainers");

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment environment = context.getEnvironment();
    quietServerLogging(environment, context.getClassLoader());
    TestInfrastructure infrastructure = TestInfrastructure.get();
    infrastructure.stopAfterClosing(context);
    String prefix = environment.getProperty("spring.application.name", "test");
    TestDatabase database = infrastructure.newDatabase(prefix);
    install(
        environment.getPropertySources(),
        new MapPropertySource(
            PROPERTY_SOURCE_NAME, properties(database, infrastructure.kafkaBootstrapServers())));
  }

  static Map<String, Object> properties(TestDatabase database, String kafkaBootstrapServers) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", database.jdbcUrl());
    properties.put("spring.datasource.username", database.user());
    properties.put("spring.datasource.password", database.password());
    properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
    // The services' own variables, for their application.yml placeholders.
    properties.put("REGISTRY_COMMAND_DB_URL", database.jdbcUrl());
    properties.put("REGISTRY_QUERY_DB_URL", database.jdbcUrl());
    for (String service : List.of("COMMAND", "QUERY")) {
      properties.put("REGISTRY_" + service + "_DB_USER", database.user());
      properties.put("REGISTRY_" + service + "_DB_PASSWORD", database.password());
    }
    properties.put("REGISTRY_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
    // Access tokens of this JVM's issuer (Tokens) are the ones the service trusts.
    properties.put("REGISTRY_OIDC_ISSUER_URI", TestIssuer.get().uri());
    return properties;
  }

  /** Just above system properties: test-specific sources are all added above those. */
  static void install(MutablePropertySources sources, PropertySource<?> source) {
    String systemProperties = StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME;
    if (sources.contains(systemProperties)) {
      sources.addBefore(systemProperties, source);
    } else {
      sources.addFirst(source);
    }
  }

  private static void quietServerLogging(
      ConfigurableEnvironment environment, ClassLoader classLoader) {
    LoggingSystem logging = LoggingSystem.get(classLoader);
    for (String logger : SERVER_LOGGERS) {
      if (environment.getProperty("logging.level." + logger) == null) {
        logging.setLogLevel(logger, LogLevel.WARN);
      }
    }
  }
}
