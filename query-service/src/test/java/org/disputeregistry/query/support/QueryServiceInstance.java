package org.disputeregistry.query.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.disputeregistry.query.QueryServiceApplication;
import org.disputeregistry.testsupport.TestDatabase;
import org.disputeregistry.testsupport.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/** A query-service in this JVM, on a database and consumer group of the test's choosing. */
public final class QueryServiceInstance implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private QueryServiceInstance(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static QueryServiceInstance start(TestDatabase database, String topic, String group) {
    return new QueryServiceInstance(
        new SpringApplicationBuilder(QueryServiceApplication.class)
            .run(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--registry.kafka.bootstrap-servers="
                    + TestInfrastructure.get().kafkaBootstrapServers(),
                "--registry.kafka.topic=" + topic,
                "--spring.kafka.consumer.group-id=" + group,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.org.apache.kafka=WARN"));
  }

  public JdbcTemplate jdbc() {
    return context.getBean(JdbcTemplate.class);
  }

  /** The instance's bean of that type. */
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public List<TopicPartition> assignedPartitions() {
    List<TopicPartition> assigned = new ArrayList<>();
    for (MessageListenerContainer container :
        context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers()) {
      Collection<TopicPartition> partitions = container.getAssignedPartitions();
      if (partitions != null) {
        assigned.addAll(partitions);
      }
    }
    return assigned;
  }

  @Override
  public void close() {
    context.close();
  }
}
