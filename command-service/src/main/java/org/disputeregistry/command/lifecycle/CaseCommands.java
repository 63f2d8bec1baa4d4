package org.disputeregistry.command.lifecycle;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.disputeregistry.command.rules.RuleViolation;
import org.springframework.stereotype.Component;

/** Sends case commands with their caller in the metadata; used by the API and the back-fill. */
@Component
public class CaseCommands {

  private final CommandGateway gateway;

  CaseCommands(CommandGateway gateway) {
    this.gateway = gateway;
  }

  /**
   * @throws org.disputeregistry.command.rules.RuleViolation when the command breaks a rule
   */
  public Recorded send(Object command, Caller caller) {
    return gateway.sendAndWait(message(command, caller));
  }

  /**
   * Opens a case as new: the command goes to its aggregate's handler named {@code newCase}, which
   * Axon runs on a fresh aggregate without reading the event store (the common case: an id never
   * used). If the id turns out to be taken (the append of the first event hits the unique case id
   * and sequence at commit, and everything of the attempt is rolled back) or the opening breaks a
   * rule, the command is sent again the usual way, which loads the case: a retry is then answered
   * as already recorded and anything else refused exactly as it always was. Not inside a caller's
   * unit of work (a back-fill batch): there the conflict would only surface at the batch's commit.
   *
   * @throws org.disputeregistry.command.rules.RuleViolation when the command breaks a rule
   */
  public Recorded open(Object command, String newCase, Caller caller) {
    try {
      return gateway.sendAndWait(new GenericCommandMessage<>(message(command, caller), newCase));
    } catch (AggregateStreamCreationException | RuleViolation idTakenOrRefused) {
      return send(command, caller);
    }
  }

  /**
   * Sends a step command as the amendment of the step it names.
   *
   * @throws org.disputeregistry.command.rules.RuleViolation when the amendment breaks a rule
   */
  public Recorded amend(StepCommand amended, Amendment amendment, Caller caller) {
    return gateway.sendAndWait(message(amended, caller).andMetaData(amendment.metaData()));
  }

  /** The message of a command from its caller, as the command bus receives it. */
  public static CommandMessage<Object> message(Object command, Caller caller) {
    MetaData metaData = MetaData.with(Actor.METADATA_KEY, caller.actor());
    if (caller.organisation() != null) {
      metaData = metaData.and(Actor.ORGANISATION_KEY, caller.organisation());
    }
    if (caller.expectedVersion() != null) {
      metaData = metaData.and(StepLog.EXPECTED_VERSION, caller.expectedVersion());
    }
    return GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
  }
}
