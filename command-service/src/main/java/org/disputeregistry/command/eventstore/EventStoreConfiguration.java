package org.disputeregistry.command.eventstore;

import java.util.stream.Stream;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC event store as its Spring Boot auto-configuration builds it, with two differences
 * measured by the benchmark (docs/benchmarks.md): no snapshot lookup before every aggregate load
 * (nothing here takes snapshots, so it was one wasted round trip per command), and a larger read
 * batch for the relay's catch-up; and duplicate keys recognised as PostgreSQL reports them ({@link
 * UniqueViolations}).
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

  @Bean
  PersistenceExceptionResolver persistenceExceptionResolver() {
    return new UniqueViolations();
  }

  @Bean
  EventStorageEngine eventStorageEngine(
      Serializer serializer,
      PersistenceExceptionResolver persistenceExceptionResolver,
      org.axonframework.config.Configuration configuration,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      @Value("${registry.event-store.read-batch-size:500}") int readBatchSize) {
    return new WithoutSnapshots(
        JdbcEventStorageEngine.builder()
            .snapshotSerializer(serializer)
            .upcasterChain(configuration.upcasterChain())
            .persistenceExceptionResolver(persistenceExceptionResolver)
            .eventSerializer(serializer)
            .snapshotFilter(configuration.snapshotFilter())
            .connectionProvider(connectionProvider)
            .transactionManager(transactionManager)
            .schema(new EventSchema())
            .batchSize(readBatchSize));
  }

  /** The command service configures no snapshotter, so there is never a snapshot to read. */
  private static final class WithoutSnapshots extends JdbcEventStorageEngine {

    WithoutSnapshots(Builder builder) {
      super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
      return Stream.empty();
    }
  }
}
