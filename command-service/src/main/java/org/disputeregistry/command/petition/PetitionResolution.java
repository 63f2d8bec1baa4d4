package org.disputeregistry.command.petition;

/** How a petition's matter ended, recorded once after the reply. */
enum PetitionResolution {
  /** 化解: the matter was resolved. */
  RESOLVED,
  /** Concluded without being resolved. */
  NOT_RESOLVED
}
