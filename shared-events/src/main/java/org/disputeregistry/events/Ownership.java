package org.disputeregistry.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

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

  /** Each opening event's record accessors by name, looked up once per class. */
  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> accessors = new HashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            accessors.put(component.getName(), component.getAccessor());
          }
          return accessors;
        }
      };

  private Ownership() {}

  /** The owner of the case an opening event opens. */
  public static String ofOpening(CaseEvent opening) {
    return ofOpening(
        EventCatalog.typeOf(opening.getClass()).caseType(), field -> component(opening, field));
  }

  /** The owner of a case of this type from its opening event's JSON (as stored or published). */
  public static String ofOpening(CaseType caseType, JsonNode opening) {
    return ofOpening(caseType, field -> opening.path(field).asText());
  }

  /** {@code field} reads a field of the opening event by its name, in JSON and in Java alike. */
  private static String ofOpening(CaseType caseType, UnaryOperator<String> field) {
    return switch (caseType) {
      case RECONSIDERATION -> RECONSIDERATION_OFFICE;
      case COMMERCIAL_MEDIATION -> CENTRE + field.apply("centre");
      case PETITION, SERVICE_CONTACT -> STREET + field.apply("street");
    };
  }

  /**
   * A field of an opening event (a record) without turning it into JSON: every step of a case asks
   * who owns it, and the JSON tree was most of what that cost.
   */
  private static String component(CaseEvent opening, String field) {
    try {
      return String.valueOf(ACCESSORS.get(opening.getClass()).get(field).invoke(opening));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("An opening event without its owner's field " + field, e);
    }
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
