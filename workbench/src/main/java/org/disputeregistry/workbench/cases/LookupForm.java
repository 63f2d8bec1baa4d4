package org.disputeregistry.workbench.cases;

/** The case lookup's fields: the collection and the case id. */
public class LookupForm {

  private String type = "";
  private String caseId = "";

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type == null ? "" : type.strip();
  }

  public String getCaseId() {
    return caseId;
  }

  public void setCaseId(String caseId) {
    this.caseId = caseId == null ? "" : caseId.strip();
  }
}
