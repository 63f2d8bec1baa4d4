package org.disputeregistry.workbench.reconsideration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fields of a new reconsideration case as typed, sent as they are: the API checks them. The
 * case id is chosen when the form is first shown and sent again with every correction, so that a
 * form sent twice opens one case.
 */
public class ReconsiderationForm {

  private String caseId = UUID.randomUUID().toString();
  private String caseNumber = "";
  private String receivedOn = "";
  private String channel = "";
  private String street = "";
  private String community = "";
  private String category = "";
  private String respondentAgency = "";
  private String applicants = "";
  private String actKind = "";

  /** The body of {@code POST /api/reconsiderations}; a field left empty is sent as absent. */
  Map<String, Object> request() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseId", orNull(caseId));
    body.put("caseNumber", orNull(caseNumber));
    body.put("receivedOn", orNull(receivedOn));
    body.put("channel", orNull(channel));
    body.put("street", orNull(street));
    body.put("community", orNull(community));
    body.put("category", orNull(category));
    body.put("respondentAgency", orNull(respondentAgency));
    body.put("applicants", applicants.isBlank() ? null : List.of(applicants.strip()));
    body.put("actKind", orNull(actKind));
    return body;
  }

  private static String orNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getCaseId() {
    return caseId;
  }

  public void setCaseId(String caseId) {
    this.caseId = caseId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public String getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(String receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getCommunity() {
    return community;
  }

  public void setCommunity(String community) {
    this.community = community;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getRespondentAgency() {
    return respondentAgency;
  }

  public void setRespondentAgency(String respondentAgency) {
    this.respondentAgency = respondentAgency;
  }

  public String getApplicants() {
    return applicants;
  }

  public void setApplicants(String applicants) {
    this.applicants = applicants;
  }

  public String getActKind() {
    return actKind;
  }

  public void setActKind(String actKind) {
    this.actKind = actKind;
  }
}
