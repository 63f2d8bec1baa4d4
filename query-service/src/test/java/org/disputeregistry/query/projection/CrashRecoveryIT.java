package org.disputeregistry.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.disputeregistry.query.support.History;
import org.disputeregistry.query.support.QueryServiceInstance;
import org.disputeregistry.query.support.QueryServiceProcess;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.TestTopic;
import org.disputeregistry.testsupport.ServiceProcess;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The packaged service halted in the middle of a batch (like a power cut: no commit, no shutdown
 * hook) and started again ends with exactly the read model of a run that was never interrupted.
 */
class CrashRecoveryIT {

  private final TestInfrastructure infrastructure = TestInfrastructure.get();

  @Test
  void aCrashInTheMiddleOfABatchLosesAndDoublesNothing() throws Exception {
    try (TestTopic topic = TestTopic.create("crash")) {
      History.publish(topic, 42, 400);
      TestDatabase database = infrastructure.newDatabase("crashed");
      JdbcTemplate crashed = jdbc(database);
      String group = infrastructure.uniqueName("crashed");

      ServiceProcess drill =
          QueryServiceProcess.start(
              "crash-drill", database, topic.name(), group, "--" + CrashDrill.PROPERTY + "=150");
      assertThat(drill.awaitExit(Duration.ofMinutes(3)))
          .as("see %s", drill.log())
          .isEqualTo(CrashDrill.EXIT_STATUS);
      assertThat(crashed.queryForObject("SELECT count(*) FROM reconsideration_case", Long.class))
          .as("the halted batch committed nothing")
          .isLessThan(150);
      assertThat(crashed.queryForObject("SELECT count(*) FROM case_progress", Long.class))
          .as("no case progressed without the offsets of its records: one transaction per batch")
          .isLessThanOrEqualTo(
              crashed.queryForObject(
                  "SELECT coalesce(sum(next_offset), 0) FROM projection_offset", Long.class));

      try (ServiceProcess restarted =
              QueryServiceProcess.start("crash-restart", database, topic.name(), group);
          QueryServiceInstance uninterrupted =
              QueryServiceInstance.start(
                  infrastructure.newDatabase("uninterrupted"),
                  topic.name(),
                  infrastructure.uniqueName("uninterrupted"))) {
        await()
            .atMost(Duration.ofMinutes(2))
            .until(
                () ->
                    ReadModels.caughtUp(crashed, topic.name(), topic.ends())
                        && ReadModels.caughtUp(uninterrupted.jdbc(), topic.name(), topic.ends()));

        assertThat(ReadModels.dump(crashed)).isEqualTo(ReadModels.dump(uninterrupted.jdbc()));
        for (int year = 2019; year <= 2023; year++) {
          assertThat(ReadModels.received(crashed, year))
              .isEqualTo(ReadModels.received(uninterrupted.jdbc(), year))
              .isPositive();
        }
      }
    }
  }

  private static JdbcTemplate jdbc(TestDatabase database) {
    return new JdbcTemplate(
        new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password()));
  }
}
