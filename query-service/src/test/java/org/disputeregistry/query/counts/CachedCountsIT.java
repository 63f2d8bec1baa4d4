package org.disputeregistry.query.counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.disputeregistry.query.reconsideration.ReconsiderationFigures;
import org.disputeregistry.query.reconsideration.ReconsiderationStatistics;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.support.History;
import org.disputeregistry.query.support.QueryServiceInstance;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.TestTopic;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * The answers kept from the counters, on two instances sharing one database: each answer changes as
 * soon as the counters do, whether the other instance's projection or plain SQL changed them.
 */
class CachedCountsIT {

  private static final int YEAR = 2021;

  private final TestInfrastructure infrastructure = TestInfrastructure.get();

  @Test
  void everyInstanceAnswersWithTheCountersAsTheyStandNow() {
    TestDatabase shared = infrastructure.newDatabase("cached");
    String group = infrastructure.uniqueName("cached");
    try (TestTopic topic = TestTopic.create("cached-counts");
        QueryServiceInstance first = QueryServiceInstance.start(shared, topic.name(), group);
        QueryServiceInstance second = QueryServiceInstance.start(shared, topic.name(), group)) {
      List<QueryServiceInstance> both = List.of(first, second);
      History.publish(topic, 31, 200);
      await()
          .atMost(Duration.ofMinutes(1))
          .until(() -> ReadModels.caughtUp(first.jdbc(), topic.name(), topic.ends()));
      long received = ReadModels.received(first.jdbc(), YEAR);
      assertThat(received).isPositive();
      for (QueryServiceInstance instance : both) {
        assertThat(answers(instance)).containsOnly(received);
        // Asked again: the kept answers.
        assertThat(answers(instance)).containsOnly(received);
      }

      // An operator's SQL.
      first.jdbc().update("UPDATE statistic_count SET cases = cases * 2");
      for (QueryServiceInstance instance : both) {
        assertThat(answers(instance)).containsOnly(2 * received);
      }
      first.jdbc().update("UPDATE statistic_count SET cases = cases / 2");
      for (QueryServiceInstance instance : both) {
        assertThat(answers(instance)).containsOnly(received);
      }

      // The projection, each instance's for its own partitions.
      History.publish(topic, 32, 200);
      await()
          .atMost(Duration.ofMinutes(1))
          .until(() -> ReadModels.caughtUp(first.jdbc(), topic.name(), topic.ends()));
      long more = ReadModels.received(first.jdbc(), YEAR);
      assertThat(more).isGreaterThan(received);
      for (QueryServiceInstance instance : both) {
        assertThat(answers(instance)).containsOnly(more);
      }
    }
  }

  /**
   * The year's received cases as each of the instance's counter-read answers gives them: the year's
   * figures (the annual totals'), the sum of their months, a query for the year and its breakdown
   * by street summed.
   */
  private static List<Long> answers(QueryServiceInstance instance) {
    ReconsiderationStatistics statistics = instance.bean(ReconsiderationStatistics.class);
    YearFigures year = statistics.year(YEAR);
    Map<String, String> ofTheYear = Map.of("year", String.valueOf(YEAR));
    Query query = Query.parse(ofTheYear, ReconsiderationStatistics.DIMENSIONS);
    Query byStreet =
        Query.parse(
            Map.of("year", String.valueOf(YEAR), "by", "street"),
            ReconsiderationStatistics.DIMENSIONS);
    return List.of(
        year.year().get(ReconsiderationFigures.RECEIVED),
        year.months().stream().mapToLong(m -> m.get(ReconsiderationFigures.RECEIVED)).sum(),
        statistics.figures(query).get(ReconsiderationFigures.RECEIVED),
        statistics.breakdown(byStreet).values().stream()
            .mapToLong(f -> f.get(ReconsiderationFigures.RECEIVED))
            .sum());
  }
}
