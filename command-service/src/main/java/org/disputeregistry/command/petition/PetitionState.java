package org.disputeregistry.command.petition;

/** Where a petition stands; NOT_ACCEPTED, REDIRECTED and CONCLUDED take no more steps. */
enum PetitionState {
  REGISTERED,
  ACCEPTED,
  NOT_ACCEPTED,
  REDIRECTED,
  REPLIED,
  UNDER_REVIEW,
  REVIEWED,
  UNDER_RE_REVIEW,
  CONCLUDED
}
