package org.disputeregistry.events.mediation;

/** Where a party comes from; foreign and HK-Macao-Taiwan (港澳台) parties are counted apart. */
public enum PartyOrigin {
  DOMESTIC,
  FOREIGN,
  HONG_KONG_MACAO_TAIWAN
}
