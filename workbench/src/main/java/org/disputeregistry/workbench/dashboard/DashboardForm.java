package org.disputeregistry.workbench.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the analyst asks: the case type, a year or a period ({@code from}, {@code to}) and a street.
 * The API checks the values and names the one at fault; the form only passes them on, so that its
 * messages land next to these fields (the same names as the API's parameters).
 */
public class DashboardForm {

  private String caseType = StatisticsType.RECONSIDERATION.caseType();
  private String year = "";
  private String from = "";
  private String to = "";
  private String street = "";

  public String getCaseType() {
    return caseType;
  }

  public void setCaseType(String caseType) {
    this.caseType = clean(caseType);
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = clean(year);
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = clean(from);
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = clean(to);
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = clean(street);
  }

  /** A period given as from/to rather than a year. */
  public boolean isPeriod() {
    return !from.isEmpty() || !to.isEmpty();
  }

  /**
   * The statistics API's parameters (and the case list's, which takes the same period and filters):
   * the period and the filters in force, in a stable order.
   */
  Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (isPeriod()) {
      parameters.put("from", from);
      parameters.put("to", to);
    } else {
      parameters.put("year", year);
    }
    if (!street.isEmpty()) {
      parameters.put("street", street);
    }
    return parameters;
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }
}
