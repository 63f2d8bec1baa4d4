package org.disputeregistry.command.backfill;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.NoArgumentConstructorCreationPolicyAggregateFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.disputeregistry.command.casenumber.CaseNumberRegistry;
import org.disputeregistry.command.lifecycle.Caller;
import org.disputeregistry.command.lifecycle.CaseCommands;
import org.disputeregistry.command.lifecycle.Receipt;
import org.disputeregistry.command.lifecycle.Recorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records a back-fill batch of new cases without the command bus: each case is created in memory
 * and every command of its line is handled by the aggregate's own command handlers, interceptors
 * and event-sourcing handlers (Axon's aggregate model of the case type), in a unit of work per line
 * whose message is each command in turn, so that its events carry the command's metadata as over
 * the command bus. What it saves is what a new case does not need: an event-store read per case,
 * the aggregate lock, a command bus dispatch and a nested transaction per command. The events go to
 * the event store in the batch's unit of work, so they are appended at commit with one batched
 * INSERT, serialised and stamped exactly like the API's, and the relay is woken as for any commit;
 * the case-number claims of the batch are made with one statement before that.
 *
 * <p>Handler interceptors registered on the command bus itself (there are none) would not run here;
 * one added later must be added here too.
 *
 * <p>Only new cases: a batch naming a case that is already stored is refused with {@link
 * StoredCase}, and the caller loads it through the command bus, which loads and checks the stored
 * case. Two writers creating the same case still meet at the event table's unique (case id,
 * sequence number).
 */
@Component
class InMemoryCases {

  private final org.axonframework.config.Configuration axon;
  private final CaseNumberRegistry caseNumbers;
  private final JdbcTemplate jdbc;
  // Built on first use: Axon's configuration is complete only once the application has started.
  private volatile Models models;

  InMemoryCases(
      org.axonframework.config.Configuration axon,
      CaseNumberRegistry caseNumbers,
      JdbcTemplate jdbc) {
    this.axon = axon;
    this.caseNumbers = caseNumbers;
    this.jdbc = jdbc;
  }

  /** A case of the batch is already in the event store. */
  static final class StoredCase extends Exception {
    StoredCase() {
      super("A case of the batch is already stored", null, false, false);
    }
  }

  /**
   * Records the lines' cases; must run in a unit of work that holds the batch's transaction.
   *
   * @return the events recorded per line
   * @throws Exception a line's rule violation, or {@link StoredCase}: the batch must roll back
   */
  List<Long> record(List<CaseLine> lines, Caller caller) throws Exception {
    if (anyStored(lines)) {
      throw new StoredCase();
    }
    Models known = models();
    Map<String, EventSourcedAggregate<?>> cases = new HashMap<>();
    List<Long> recorded = new ArrayList<>(lines.size());
    for (CaseLine line : lines) {
      AggregateModel<?> model = known.handling(line.commands().get(0).command().getClass());
      EventSourcedAggregate<?> aggregate = cases.get(line.caseId());
      if (aggregate == null) {
        aggregate = create(model);
        cases.put(line.caseId(), aggregate);
      } else if (aggregate.rootType() != model.entityClass()) {
        throw new StoredCase();
      }
      recorded.add(handle(aggregate, line, caller));
    }
    caseNumbers.claimAll(BatchClaims.ofCurrentBatch().claims());
    return recorded;
  }

  private boolean anyStored(List<CaseLine> lines) {
    Object[] ids = lines.stream().map(CaseLine::caseId).distinct().toArray();
    return Boolean.TRUE.equals(
        jdbc.query(
            connection -> {
              PreparedStatement statement =
                  connection.prepareStatement(
                      "SELECT 1 FROM domainevententry WHERE aggregateidentifier = ANY (?) LIMIT 1");
              statement.setArray(1, connection.createArrayOf("varchar", ids));
              return statement;
            },
            ResultSet::next));
  }

  private <T> EventSourcedAggregate<T> create(AggregateModel<T> model) throws Exception {
    var factory = new NoArgumentConstructorCreationPolicyAggregateFactory<T>(model.entityClass());
    Callable<T> root = () -> factory.create(null);
    return EventSourcedAggregate.initialize(
        root, model, axon.eventBus(), NoSnapshotTriggerDefinition.TRIGGER);
  }

  /**
   * What the command bus does around each handler, in one unit of work per line: every command is
   * the unit's message while its handler runs, so its events carry its own correlation data, as
   * over the bus (JFR: a unit of work per command was a tenth of a loader's time). The messages are
   * made before the unit starts, so that none takes another's correlation data as its own.
   *
   * @return the events recorded
   */
  private long handle(EventSourcedAggregate<?> aggregate, CaseLine line, Caller caller)
      throws Exception {
    List<CommandMessage<Object>> messages = new ArrayList<>(line.commands().size());
    for (CaseLine.Command command : line.commands()) {
      messages.add(CaseCommands.message(command.command(), caller));
    }
    DefaultUnitOfWork<CommandMessage<Object>> unit = DefaultUnitOfWork.startAndGet(messages.get(0));
    axon.correlationDataProviders().forEach(unit::registerCorrelationDataProvider);
    ResultMessage<Long> result =
        unit.executeWithResult(
            () -> {
              long events = 0;
              for (CommandMessage<Object> message : messages) {
                unit.transformMessage(previous -> message);
                events += count((Recorded) aggregate.handle(message));
              }
              return events;
            });
    if (result.isExceptional()) {
      Throwable failure = result.exceptionResult();
      throw failure instanceof Exception exception ? exception : new IllegalStateException(failure);
    }
    return result.getPayload();
  }

  private static long count(Recorded recorded) {
    return recorded.outcome() == Receipt.RECORDED ? 1 : 0;
  }

  private Models models() {
    Models built = models;
    if (built == null) {
      // Once, not by every loader thread of the first batches (JFR: inspecting handlers is costly).
      synchronized (this) {
        built = models;
        if (built == null) {
          built = new Models(axon);
          models = built;
        }
      }
    }
    return built;
  }

  /** The aggregate models by the commands they handle, with the batch's case-number claims. */
  private static final class Models {

    private final Map<Class<?>, AggregateModel<?>> byCommand = new HashMap<>();

    Models(org.axonframework.config.Configuration axon) {
      ParameterResolverFactory resolvers =
          MultiParameterResolverFactory.ordered(
              new BatchClaims.Resolver(), axon.parameterResolverFactory());
      for (AggregateConfiguration<?> aggregate : axon.findModules(AggregateConfiguration.class)) {
        Class<?> type = aggregate.aggregateType();
        AggregateModel<?> model =
            new AnnotatedAggregateMetaModelFactory(resolvers, axon.handlerDefinition(type))
                .createModel(type);
        for (List<? extends MessageHandlingMember<?>> handlers :
            model.allCommandHandlers().values()) {
          handlers.forEach(handler -> byCommand.put(handler.payloadType(), model));
        }
      }
    }

    AggregateModel<?> handling(Class<?> command) {
      AggregateModel<?> model = byCommand.get(command);
      if (model == null) {
        throw new IllegalStateException("No case type handles " + command.getName());
      }
      return model;
    }
  }
}
