package org.disputeregistry.command.lifecycle;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
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
