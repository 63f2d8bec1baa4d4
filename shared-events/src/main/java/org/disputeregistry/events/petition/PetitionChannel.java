package org.disputeregistry.events.petition;

/** How a petition reached the platform. */
public enum PetitionChannel {
  VISIT,
  LETTER,
  PHONE,
  ONLINE,
  HOTLINE
}
