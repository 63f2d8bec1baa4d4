package org.disputeregistry.query.statistics;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disputeregistry.web.ValidText;

/**
 * What statistics can be filtered and broken down by: the request parameter and the read-model
 * column (the same name in every case table that has it). A multi-valued dimension's column is an
 * array (the applicants' kinds, the parties' origins): a case counts once under each value it has,
 * so a breakdown's rows may add up to more than its cases.
 */
public enum Dimension {
  STREET("street", "street", true),
  COMMUNITY("community", "community", true),
  CATEGORY("category", "category", true),
  RESPONDENT_AGENCY("respondentAgency", "respondent_agency", false),
  /** The respondent's canonical code in the agency directory, or {@code UNMAPPED}. */
  RESPONDENT("respondent", "respondent", true),
  RESPONDENT_LEVEL("respondentLevel", "respondent_level", true),
  ACT_KIND("actKind", "act_kind", true),
  APPLICANT_KIND("applicantKind", "applicant_kinds", true, true),
  CHANNEL("channel", "channel", true),
  PROCEDURE("procedure", "procedure", true),
  /** The petition's department in the directory, {@code UNMAPPED} or {@code NOT_ASSIGNED}. */
  DEPARTMENT("department", "department", true),
  CENTRE("centre", "centre", true),
  MEDIATOR("mediator", "mediator", false),
  DISPUTE_TYPE("disputeType", "dispute_type", true),
  SOURCE("source", "source", true),
  PARTY_ORIGIN("partyOrigin", "party_origins", true, true);

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

  private final String parameter;
  private final String column;
  private final boolean coded;
  private final boolean multiValued;

  Dimension(String parameter, String column, boolean coded) {
    this(parameter, column, coded, false);
  }

  Dimension(String parameter, String column, boolean coded, boolean multiValued) {
    this.parameter = parameter;
    this.column = column;
    this.coded = coded;
    this.multiValued = multiValued;
  }

  /** Whether a case can have several values, and then counts once under each. */
  public boolean multiValued() {
    return multiValued;
  }

  /** The SQL condition of a filter, its value bound as the named parameter {@link #column}. */
  public String condition() {
    return multiValued ? ":" + column + " = ANY (" + column + ")" : column + " = :" + column;
  }

  /** The SQL condition of the cases without a value (a breakdown's row ''). */
  public String none() {
    return multiValued
        ? "coalesce(cardinality(" + column + "), 0) = 0"
        : "coalesce(" + column + ", '') = ''";
  }

  /** The SQL expression of a breakdown's key: one row per value, each of an array's values. */
  public String key() {
    return multiValued ? "unnest(" + column + ")" : column;
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
