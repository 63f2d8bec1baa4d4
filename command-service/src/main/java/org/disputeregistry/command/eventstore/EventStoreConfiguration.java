package org.disputeregistry.command.eventstore;

import java.util.List;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JDBC event store as its Spring Boot auto-configuration builds it, with these differences
 * measured by the benchmark (docs/benchmarks.md): no snapshot lookup before every aggregate load
 * (nothing here takes snapshots, so it was one wasted round trip per command), and a larger read
 * batch for the relay's catch-up; a unit of work's events appended as one multi-row INSERT ({@link
 * MultiRowAppend}); duplicate keys recognised as PostgreSQL reports them ({@link
 * UniqueViolations}); and gaps in the global index kept long enough that a late commit is still
 * published.
 *
 * <p>A gap is an index taken by a transaction that has not committed yet (or rolled back). The
 * relay's token remembers its gaps and reads them again until they fill. Axon forgets a gap when it
 * lies more than {@code maxGapOffset} indexes behind the newest event (default 10,000: about 3.5 s
 * of this service's peak write rate, so a transaction held up a few seconds, by a GC pause or a
 * slow disk, would have its event skipped for ever), or, once a token holds more than 250 gaps,
 * when the event after it is older than one minute (Axon's gap timeout). Here the offset is 100,000
 * (half a minute at peak), so the time rule decides; the gaps are read with one array parameter
 * ({@link GapQuery}) as their number is no longer small.
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
      @Value("${registry.event-store.read-batch-size:500}") int readBatchSize,
      @Value("${registry.event-store.max-gap-offset:100000}") int maxGapOffset,
      ObjectProvider<AppendsCommitted> listeners) {
    return new WithoutSnapshots(
        listeners.getIfAvailable(() -> () -> {}),
        JdbcEventStorageEngine.builder()
            .snapshotSerializer(serializer)
            .upcasterChain(configuration.upcasterChain())
            .persistenceExceptionResolver(persistenceExceptionResolver)
            .eventSerializer(serializer)
            .snapshotFilter(configuration.snapshotFilter())
            .connectionProvider(connectionProvider)
            .transactionManager(transactionManager)
            .schema(new EventSchema())
            .appendEvents(new MultiRowAppend())
            .batchSize(readBatchSize)
            .maxGapOffset(maxGapOffset)
            .readEventDataWithGaps(GapQuery::readEventDataWithGaps));
  }

  /**
   * The command service configures no snapshotter, so there is never a snapshot to read; each
   * append tells {@link AppendsCommitted} once its transaction has committed.
   */
  private static final class WithoutSnapshots extends JdbcEventStorageEngine {

    private final AppendsCommitted listener;

    WithoutSnapshots(AppendsCommitted listener, Builder builder) {
      super(builder);
      this.listener = listener;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
      super.appendEvents(events);
      if (TransactionSynchronizationManager.isSynchronizationActive()) {
        TransactionSynchronizationManager.registerSynchronization(
            new TransactionSynchronization() {
              @Override
              public void afterCommit() {
                listener.committed();
              }
            });
      } else {
        listener.committed(); // appended in a transaction of its own, committed by now
      }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
      return Stream.empty();
    }
  }
}
