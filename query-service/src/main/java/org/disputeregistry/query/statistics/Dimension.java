package org.disputeregistry.query.statistics;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disputeregistry.web.ValidText;

/**
 * What statistics can be filtered and broken down by: the request parameter and the read-model
 * column (the same name in every case table that has it).
 */
public enum Dimension {
  STREET("street", "street", true),
  COMMUNITY("community", "community", true),
  CATEGORY("category", "category", true),
  RESPONDENT_AGENCY("respondentAgency", "respondent_agency", false),
  CHANNEL("channel", "channel", true),
  PROCEDURE("procedure", "procedure", true),
  CENTRE("centre", "centre", true),
  MEDIATOR("mediator", "mediator", false),
  DISPUTE_TYPE("disputeType", "dispute_type", true),
  SOURCE("source", "source", true);

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

  private final String parameter;
  private final String column;
  private final boolean coded;

  Dimension(String parameter, String column, boolean coded) {
    this.parameter = parameter;
    this.column = column;
    this.coded = coded;
  }

  /**
   * Whether a filter value can be in this column: a code of the reference data or an enum (capital
   * letters, digits, _), or else text as the command side takes it ({@link ValidText}).
   */
  public boolean canHold(String value) {
    return coded ? CODE.matcher(value).matches() : ValidText.isValid(value);
  }

  /** What {@link #canHold} asks for, in words. */
  public String form() {
    return coded
        ? "a code (capital letters, digits and _)"
        : "text without control characters or half characters";
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
