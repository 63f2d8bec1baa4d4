package org.disputeregistry.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "REGISTRY_KAFKA_BOOTSTRAP_SERVERS=overridden-by-the-test:9092")
@WithRealInfrastructure
class RealInfrastructureInitializerIT {

  /** No auto-configuration: this test is about the environment, not about beans. */
  @SpringBootConfiguration
  static class NothingToConfigure {}

  @Autowired Environment environment;

  @Test
  void pointsSpringAndTheServicesAtANewDatabaseAndTheSharedKafka() throws Exception {
    String url = environment.getRequiredProperty("spring.datasource.url");

    assertThat(url).startsWith("jdbc:postgresql://");
    assertThat(environment.getProperty("REGISTRY_COMMAND_DB_URL")).isEqualTo(url);
    assertThat(environment.getProperty("REGISTRY_QUERY_DB_URL")).isEqualTo(url);
    assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
        .isEqualTo(TestInfrastructure.get().kafkaBootstrapServers());
    try (Connection c =
            DriverManager.getConnection(
                url,
                environment.getProperty("REGISTRY_COMMAND_DB_USER"),
                environment.getProperty("REGISTRY_COMMAND_DB_PASSWORD"));
        Statement s = c.createStatement();
        ResultSet tables =
            s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
      tables.next();
      assertThat(tables.getInt(1)).as("a fresh database has no tables").isZero();
    }
  }

  @Test
  void letsTheTestsOwnPropertiesWin() {
    assertThat(environment.getProperty("REGISTRY_KAFKA_BOOTSTRAP_SERVERS"))
        .isEqualTo("overridden-by-the-test:9092");
  }
}
