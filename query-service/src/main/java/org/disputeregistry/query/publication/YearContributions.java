package org.disputeregistry.query.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.petition.PetitionFigures;
import org.disputeregistry.query.servicecontact.PersonTimes;
import org.springframework.stereotype.Component;

/**
 * What every case contributes to a year's figures now, as contribution rows {@code (case_type,
 * case_id, dimension_value, measure, detail, day, amount)}: the three case types' rows as their
 * figures define them, and each service-contact day's persons (the person-times served). A
 * published version stores these rows; the same query over the live read models gives today's.
 */
@Component
class YearContributions {

  /** The case type of a service-contact day's rows. */
  static final String SERVICE_CONTACT = CaseType.SERVICE_CONTACT.name();

  private final Map<String, CaseFigures> types;

  YearContributions(List<CaseFigures> types) {
    this.types =
        types.stream().collect(Collectors.toMap(t -> t.caseType().name(), Function.identity()));
  }

  /** The figures of a case type, empty for service-contact days. */
  Optional<CaseFigures> figures(String caseType) {
    return Optional.ofNullable(types.get(caseType));
  }

  /** Every case's rows of the year ({@code :from}, {@code :to}). */
  String all() {
    return of("TRUE", "TRUE");
  }

  /** The rows of the cases whose ids are {@code :ids}. */
  String ofCases() {
    return of("c.case_id IN (:ids)", "case_id IN (:ids)");
  }

  private String of(String caseCondition, String dayCondition) {
    List<String> selects = new ArrayList<>();
    types.values().stream()
        .sorted((a, b) -> a.caseType().compareTo(b.caseType()))
        .forEach(
            t ->
                selects.add(
                    "SELECT '"
                        + t.caseType().name()
                        + "' AS case_type, r.* FROM ("
                        + t.contributionsThrough(caseCondition)
                        + ") r"));
    selects.add(
        "SELECT '"
            + SERVICE_CONTACT
            + "' AS case_type, r.* FROM ("
            + PersonTimes.contributions(PetitionFigures.PERSON_TIMES_SERVED.name(), dayCondition)
            + ") r");
    return String.join("\nUNION ALL\n", selects);
  }
}
