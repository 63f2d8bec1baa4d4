package org.disputeregistry.command.lifecycle;

import java.util.function.BiFunction;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.disputeregistry.events.CaseId;

/** Reads a case's current state by replaying its events (the command side's own truth). */
public final class CaseReader {

  private CaseReader() {}

  /**
   * @param view the case's view at its version
   * @throws org.axonframework.modelling.command.AggregateNotFoundException for an unknown case
   * @throws org.axonframework.eventsourcing.IncompatibleAggregateException for a case of another
   *     type under this id
   */
  public static <A, V> V read(
      Repository<A> repository, CaseId caseId, BiFunction<A, Long, V> view) {
    ResultMessage<V> result =
        DefaultUnitOfWork.startAndGet(null)
            .executeWithResult(
                () -> {
                  Aggregate<A> aggregate = repository.load(caseId.toString());
                  return aggregate.invoke(root -> view.apply(root, aggregate.version()));
                });
    if (result.isExceptional()) {
      Throwable failure = result.exceptionResult();
      throw failure instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(failure);
    }
    return result.getPayload();
  }
}
