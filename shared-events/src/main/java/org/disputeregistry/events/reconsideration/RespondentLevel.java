package org.disputeregistry.events.reconsideration;

/**
 * The level of government a respondent (被申请人) belongs to, as the statistical tables of
 * administrative reconsideration group respondents: a department counts on the level of the
 * government it belongs to, an office sent out by a department (派出机构, such as a district branch of
 * a city bureau) on its department's level. Reference data of the respondent-agency directory,
 * never on the wire of an event.
 */
public enum RespondentLevel {
  STATE_COUNCIL_DEPARTMENT,
  PROVINCIAL,
  MUNICIPAL,
  DISTRICT,
  TOWNSHIP,
  OTHER
}
