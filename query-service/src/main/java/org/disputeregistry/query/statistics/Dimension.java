package org.disputeregistry.query.statistics;

import java.util.Arrays;
import java.util.Optional;

/**
 * What statistics can be filtered and broken down by: the request parameter and the read-model
 * column (the same name in every case table that has it).
 */
public enum Dimension {
  STREET("street", "street"),
  COMMUNITY("community", "community"),
  CATEGORY("category", "category"),
  RESPONDENT_AGENCY("respondentAgency", "respondent_agency"),
  CHANNEL("channel", "channel"),
  PROCEDURE("procedure", "procedure"),
  CENTRE("centre", "centre"),
  MEDIATOR("mediator", "mediator"),
  DISPUTE_TYPE("disputeType", "dispute_type"),
  SOURCE("source", "source");

  private final String parameter;
  private final String column;

  Dimension(String parameter, String column) {
    this.parameter = parameter;
    this.column = column;
  }

  public String parameter() {
    return parameter;
  }

  /** A column name of the project's own schema, never user input: safe to put in SQL. */
  public String column() {
    return column;
  }

  public static Optional<Dimension> ofParameter(String parameter) {
    return Arrays.stream(values()).filter(d -> d.parameter.equals(parameter)).findFirst();
  }
}
