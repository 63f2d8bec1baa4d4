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
}
