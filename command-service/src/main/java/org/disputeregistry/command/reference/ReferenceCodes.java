package org.disputeregistry.command.reference;

import org.disputeregistry.command.rules.ErrorCode;
import org.disputeregistry.command.rules.RuleViolation;
import org.disputeregistry.events.ReferenceData;

/** Checks codes against the district's reference data. */
public class ReferenceCodes {

  private final ReferenceData data;

  public ReferenceCodes(ReferenceData data) {
    this.data = data;
  }

  /** The codes and their labels, for clients that offer them as choices. */
  public ReferenceData data() {
    return data;
  }

  /** The street must exist and the community must belong to it. */
  public void requirePlace(String street, String community) {
    ReferenceData.Street known =
        data.street(street)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        ErrorCode.UNKNOWN_REFERENCE, "street", "Unknown street " + street));
    if (known.community(community).isEmpty()) {
      throw new RuleViolation(
          ErrorCode.UNKNOWN_REFERENCE,
          "community",
          "Street " + street + " has no community " + community);
    }
  }

  public void requireCategory(String category) {
    if (data.category(category).isEmpty()) {
      throw new RuleViolation(
          ErrorCode.UNKNOWN_REFERENCE, "category", "Unknown category " + category);
    }
  }

  /** A place is optional (a dispute may belong outside the district), but never half given. */
  public void requireOptionalPlace(String street, String community) {
    if (street == null && community == null) {
      return;
    }
    if (street == null || community == null) {
      throw new RuleViolation(
          ErrorCode.UNKNOWN_REFERENCE,
          street == null ? "street" : "community",
          "street and community are given together or not at all");
    }
    requirePlace(street, community);
  }

  public void requireMediationCentre(String centre) {
    if (data.mediationCentre(centre).isEmpty()) {
      throw new RuleViolation(
          ErrorCode.UNKNOWN_REFERENCE, "centre", "Unknown mediation centre " + centre);
    }
  }

  /** A category that may be absent (null), but if given must be known. */
  public void requireOptionalCategory(String field, String category) {
    if (category != null && data.category(category).isEmpty()) {
      throw new RuleViolation(ErrorCode.UNKNOWN_REFERENCE, field, "Unknown category " + category);
    }
  }
}
