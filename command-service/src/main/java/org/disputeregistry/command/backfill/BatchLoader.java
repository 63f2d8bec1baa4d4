package org.disputeregistry.command.backfill;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.disputeregistry.command.lifecycle.Caller;
import org.disputeregistry.command.lifecycle.CaseCommands;
import org.disputeregistry.command.lifecycle.Receipt;
import org.disputeregistry.command.lifecycle.Recorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads a batch of lines in one transaction (commits are what a back-fill waits for), each line
 * whole or not at all. A batch of new cases is recorded in memory ({@link InMemoryCases}); one that
 * names a stored case, breaks a rule or loses a race goes through the command bus, all its lines in
 * one transaction again; if that fails too, it is rolled back and its lines are loaded one
 * transaction each, so that only the refused lines stay out.
 */
@Component
class BatchLoader {

  private static final Logger log = LoggerFactory.getLogger(BatchLoader.class);

  private final LineParser parser;
  private final InMemoryCases inMemory;
  private final CaseCommands commands;
  private final TransactionManager transactions;

  BatchLoader(
      LineParser parser,
      InMemoryCases inMemory,
      CaseCommands commands,
      TransactionManager transactions) {
    this.parser = parser;
    this.inMemory = inMemory;
    this.commands = commands;
    this.transactions = transactions;
  }

  /** What became of each line of the batch. */
  List<Outcome> load(List<Line> batch, Caller caller) {
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    List<Line> lines = new ArrayList<>(batch.size());
    List<CaseLine> parsed = new ArrayList<>(batch.size());
    for (Line line : batch) {
      try {
        parsed.add(parser.parse(line));
        lines.add(line);
      } catch (LineParser.Refused refused) {
        outcomes.add(Outcome.rejected(line, refused.rejection()));
      }
    }
    if (parsed.isEmpty()) {
      return outcomes;
    }
    ResultMessage<List<Long>> recorded = inTransaction(() -> inMemory.record(parsed, caller));
    if (recorded.isExceptional()) {
      expectRefusal(recorded.exceptionResult());
      if (parsed.size() > 1) {
        recorded = inTransaction(() -> sendAll(parsed, caller));
      }
    }
    for (int i = 0; i < parsed.size(); i++) {
      outcomes.add(
          recorded.isExceptional()
              ? loadAlone(lines.get(i), parsed.get(i), caller)
              : Outcome.loaded(lines.get(i), recorded.getPayload().get(i)));
    }
    return outcomes;
  }

  /**
   * A batch the in-memory path refused goes through the command bus; a failure other than a case
   * already stored or a broken rule would there be reported as an internal error, so is logged.
   */
  private static void expectRefusal(Throwable failure) {
    if (!Refusals.isRefusal(failure)) {
      log.warn(
          "In-memory back-fill of a batch failed; loading it through the command bus", failure);
    }
  }

  private Outcome loadAlone(Line line, CaseLine parsed, Caller caller) {
    ResultMessage<Long> result = inTransaction(() -> send(parsed, caller));
    if (!result.isExceptional()) {
      return Outcome.loaded(line, result.getPayload());
    }
    Throwable failure = result.exceptionResult();
    return Outcome.rejected(
        line,
        failure instanceof RefusedAt refused
            ? Refusals.of(parsed, refused.at, refused.getCause())
            : Refusals.of(parsed, null, failure));
  }

  private List<Long> sendAll(List<CaseLine> lines, Caller caller) {
    List<Long> events = new ArrayList<>(lines.size());
    for (CaseLine line : lines) {
      events.add(send(line, caller));
    }
    return events;
  }

  /** Sends a line's commands through the command bus; returns the events appended. */
  private long send(CaseLine line, Caller caller) {
    long appended = 0;
    for (CaseLine.Command command : line.commands()) {
      try {
        Recorded recorded = commands.send(command.command(), caller);
        appended += recorded.outcome() == Receipt.RECORDED ? 1 : 0;
      } catch (RuntimeException e) {
        throw new RefusedAt(command.at(), e);
      }
    }
    return appended;
  }

  /** A command of a line failed: where in the line, and why (the cause). */
  private static final class RefusedAt extends RuntimeException {
    private final String at;

    RefusedAt(String at, RuntimeException cause) {
      super(at, cause, false, false);
      this.at = at;
    }
  }

  /** One unit of work in one database transaction: the commands sent inside join it. */
  private <T> ResultMessage<T> inTransaction(Callable<T> work) {
    UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
    unit.attachTransaction(transactions);
    return unit.executeWithResult(work);
  }
}
