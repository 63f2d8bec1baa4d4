package org.disputeregistry.command.reconsideration;

import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.disputeregistry.events.CaseId;
import org.springframework.stereotype.Component;

/** Reads a case's current state by replaying its events (the command side's own truth). */
@Component
class ReconsiderationCases {

  private final Repository<ReconsiderationCase> repository;

  ReconsiderationCases(Repository<ReconsiderationCase> reconsiderationCaseRepository) {
    this.repository = reconsiderationCaseRepository;
  }

  /**
   * @throws org.axonframework.modelling.command.AggregateNotFoundException for an unknown case
   */
  ReconsiderationView view(CaseId caseId) {
    ResultMessage<ReconsiderationView> result =
        DefaultUnitOfWork.startAndGet(null)
            .executeWithResult(
                () -> repository.load(caseId.toString()).invoke(ReconsiderationCase::view));
    if (result.isExceptional()) {
      Throwable failure = result.exceptionResult();
      throw failure instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(failure);
    }
    return result.getPayload();
  }
}
