package org.disputeregistry.command.mediation;

import org.disputeregistry.events.mediation.ConfirmationRuling;

/** Where an agreement's judicial confirmation (司法确认) stands: applied for, then ruled once. */
enum JudicialConfirmation {
  APPLIED,
  VALID,
  INVALID;

  static JudicialConfirmation ruled(ConfirmationRuling ruling) {
    return switch (ruling) {
      case VALID -> VALID;
      case INVALID -> INVALID;
    };
  }
}
