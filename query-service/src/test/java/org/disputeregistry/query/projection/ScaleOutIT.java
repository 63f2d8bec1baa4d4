package org.disputeregistry.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.disputeregistry.query.support.History;
import org.disputeregistry.query.support.QueryServiceInstance;
import org.disputeregistry.query.support.ReadModels;
import org.disputeregistry.query.support.TestTopic;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

/** Two instances of one consumer group on one database, against one instance alone. */
class ScaleOutIT {

  private final TestInfrastructure infrastructure = TestInfrastructure.get();

  @Test
  void twoInstancesSplitThePartitionsAndTogetherProjectExactlyWhatOneDoes() {
    try (TestTopic topic = TestTopic.create("scale-out");
        QueryServiceInstance alone =
            QueryServiceInstance.start(
                infrastructure.newDatabase("alone"),
                topic.name(),
                infrastructure.uniqueName("alone"))) {
      TestDatabase shared = infrastructure.newDatabase("shared");
      String group = infrastructure.uniqueName("shared");
      try (QueryServiceInstance first = QueryServiceInstance.start(shared, topic.name(), group);
          QueryServiceInstance second = QueryServiceInstance.start(shared, topic.name(), group)) {
        await()
            .atMost(Duration.ofMinutes(1))
            .until(
                () ->
                    !first.assignedPartitions().isEmpty()
                        && !second.assignedPartitions().isEmpty()
                        && first.assignedPartitions().size() + second.assignedPartitions().size()
                            == TestTopic.PARTITIONS);
        List<TopicPartition> all = new ArrayList<>(first.assignedPartitions());
        all.addAll(second.assignedPartitions());
        assertThat(all).doesNotHaveDuplicates();

        History.publish(topic, 21, 300);
        await()
            .atMost(Duration.ofMinutes(1))
            .until(() -> ReadModels.caughtUp(first.jdbc(), topic.name(), topic.ends()));
        // A rebalance: the second instance leaves, the first takes over its partitions.
        second.close();
        History.publish(topic, 22, 100);

        await()
            .atMost(Duration.ofMinutes(1))
            .until(
                () ->
                    ReadModels.caughtUp(first.jdbc(), topic.name(), topic.ends())
                        && ReadModels.caughtUp(alone.jdbc(), topic.name(), topic.ends()));
        assertThat(first.assignedPartitions()).hasSize(TestTopic.PARTITIONS);
        assertThat(ReadModels.dump(first.jdbc())).isEqualTo(ReadModels.dump(alone.jdbc()));
      }
    }
  }
}
