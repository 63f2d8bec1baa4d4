package org.disputeregistry.query.directory;

import java.util.ArrayList;
import java.util.List;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.events.ReferenceData.Agency;
import org.disputeregistry.events.ReferenceData.Department;
import org.disputeregistry.events.Unclassified;
import org.springframework.stereotype.Component;

/**
 * The respondent-agency and petition-department directories of the reference data, as the
 * projections map the texts of events: one definition of what a text means.
 */
@Component
public class Directories {

  /** A respondent as the statistics count it: its code and level, or both {@code UNMAPPED}. */
  public record Respondent(String code, String level) {}

  static final Respondent UNMAPPED_RESPONDENT =
      new Respondent(Unclassified.UNMAPPED.name(), Unclassified.UNMAPPED.name());

  private final NameDirectory<Agency> agencies;
  private final NameDirectory<Department> departments;

  public Directories(ReferenceData data) {
    this.agencies =
        new NameDirectory<>(data.respondentAgencies(), a -> names(a.zh(), a.en(), a.aliases()));
    this.departments =
        new NameDirectory<>(data.petitionDepartments(), d -> names(d.zh(), d.en(), d.aliases()));
  }

  /** The respondent an agency text means, or {@code UNMAPPED} at both code and level. */
  public Respondent respondent(String agency) {
    return agencies
        .match(agency)
        .map(a -> new Respondent(a.code(), a.level().name()))
        .orElse(UNMAPPED_RESPONDENT);
  }

  /** The code of the department a text means, or {@code UNMAPPED}. */
  public String department(String department) {
    return departments.match(department).map(Department::code).orElse(Unclassified.UNMAPPED.name());
  }

  private static List<String> names(String zh, String en, List<String> aliases) {
    List<String> names = new ArrayList<>(List.of(zh, en));
    names.addAll(aliases);
    return names;
  }
}
