package org.disputeregistry.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;

/**
 * Which organisation owns a case, derived from the event that opened it (no event carries it as a
 * field of its own): a reconsideration case belongs to the reconsideration office ({@value
 * #RECONSIDERATION_OFFICE}), a commercial mediation case to its centre ({@code CENTRE:<centre>}), a
 * petition and a service-contact day to the petition office of their street ({@code
 * STREET:<street>}). The names are those of the access token's {@code org} claim.
 *
 * <p>Who may write a case of which owner is {@link #mayWrite}: its own organisation; the district
 * petition office ({@value #DISTRICT_PETITION_OFFICE}) every street's; the district ({@value
 * #DISTRICT}, whose accounts reach no case API but the admin's back-fill) every case.
 */
public final class Ownership {

  public static final String RECONSIDERATION_OFFICE = "RECONSIDERATION_OFFICE";
  public static final String DISTRICT_PETITION_OFFICE = "DISTRICT_PETITION_OFFICE";
  public static final String DISTRICT = "DISTRICT";
  static final String CENTRE = "CENTRE:";
  static final String STREET = "STREET:";

  private Ownership() {}

  /** The owner of the case an opening event opens. */
  public static String ofOpening(CaseEvent opening) {
    return ofOpening(
        EventCatalog.typeOf(opening.getClass()).caseType(),
        () -> RegistryJson.mapper().valueToTree(opening));
  }

  /** The owner of a case of this type from its opening event's JSON (as stored or published). */
  public static String ofOpening(CaseType caseType, JsonNode opening) {
    return ofOpening(caseType, () -> opening);
  }

  /** The JSON is made only where a field names the owner: a reconsideration's is a constant. */
  private static String ofOpening(CaseType caseType, Supplier<JsonNode> opening) {
    return switch (caseType) {
      case RECONSIDERATION -> RECONSIDERATION_OFFICE;
      case COMMERCIAL_MEDIATION -> CENTRE + opening.get().path("centre").asText();
      case PETITION, SERVICE_CONTACT -> STREET + opening.get().path("street").asText();
    };
  }

  /**
   * Whether someone acting for {@code organisation} (null: none) may write a case of {@code owner}.
   */
  public static boolean mayWrite(String organisation, String owner) {
    if (organisation == null) {
      return false;
    }
    return organisation.equals(owner)
        || organisation.equals(DISTRICT)
        || (organisation.equals(DISTRICT_PETITION_OFFICE) && owner.startsWith(STREET));
  }
}
