package org.disputeregistry.workbench.search;

import java.util.List;

/**
 * The search form's fields, as the URL gives them: text, never refused here (the API checks them
 * and its problem is shown next to the field it names).
 */
public class SearchForm {

  /** The form's fields: every filter of the case list, and the page size. */
  static final List<String> FIELDS =
      List.of(
          "caseType",
          "number",
          "numberPrefix",
          "state",
          "street",
          "community",
          "category",
          "organisation",
          "handler",
          "receivedFrom",
          "receivedTo",
          "closedFrom",
          "closedTo",
          "open",
          "size");

  private String caseType = "";

  private String number = "";

  private String numberPrefix = "";

  private String state = "";

  private String street = "";

  private String community = "";

  private String category = "";

  private String organisation = "";

  private String handler = "";

  private String receivedFrom = "";

  private String receivedTo = "";

  private String closedFrom = "";

  private String closedTo = "";

  private String open = "";

  private String size = "";

  public String getCaseType() {
    return caseType;
  }

  public void setCaseType(String caseType) {
    this.caseType = caseType == null ? "" : caseType.strip();
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number == null ? "" : number.strip();
  }

  public String getNumberPrefix() {
    return numberPrefix;
  }

  public void setNumberPrefix(String numberPrefix) {
    this.numberPrefix = numberPrefix == null ? "" : numberPrefix.strip();
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state == null ? "" : state.strip();
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street == null ? "" : street.strip();
  }

  public String getCommunity() {
    return community;
  }

  public void setCommunity(String community) {
    this.community = community == null ? "" : community.strip();
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category == null ? "" : category.strip();
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation == null ? "" : organisation.strip();
  }

  public String getHandler() {
    return handler;
  }

  public void setHandler(String handler) {
    this.handler = handler == null ? "" : handler.strip();
  }

  public String getReceivedFrom() {
    return receivedFrom;
  }

  public void setReceivedFrom(String receivedFrom) {
    this.receivedFrom = receivedFrom == null ? "" : receivedFrom.strip();
  }

  public String getReceivedTo() {
    return receivedTo;
  }

  public void setReceivedTo(String receivedTo) {
    this.receivedTo = receivedTo == null ? "" : receivedTo.strip();
  }

  public String getClosedFrom() {
    return closedFrom;
  }

  public void setClosedFrom(String closedFrom) {
    this.closedFrom = closedFrom == null ? "" : closedFrom.strip();
  }

  public String getClosedTo() {
    return closedTo;
  }

  public void setClosedTo(String closedTo) {
    this.closedTo = closedTo == null ? "" : closedTo.strip();
  }

  public String getOpen() {
    return open;
  }

  public void setOpen(String open) {
    this.open = open == null ? "" : open.strip();
  }

  public String getSize() {
    return size;
  }

  public void setSize(String size) {
    this.size = size == null ? "" : size.strip();
  }
}
