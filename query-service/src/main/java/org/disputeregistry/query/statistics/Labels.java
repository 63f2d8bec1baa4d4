package org.disputeregistry.query.statistics;

import java.util.List;
import java.util.Optional;
import org.disputeregistry.events.ReferenceData;
import org.disputeregistry.events.Unclassified;
import org.disputeregistry.events.mediation.MediationSource;
import org.disputeregistry.events.mediation.PartyOrigin;
import org.disputeregistry.events.reconsideration.AdministrativeActKind;
import org.disputeregistry.events.reconsideration.ApplicantKind;
import org.disputeregistry.events.reconsideration.RespondentLevel;
import org.springframework.stereotype.Component;

/** Chinese and English labels of reference codes, for breakdowns and reports. */
@Component
public class Labels {

  private static final org.disputeregistry.events.Labels ENUMS =
      org.disputeregistry.events.Labels.defaults();

  private final ReferenceData data;

  Labels(ReferenceData data) {
    this.data = data;
  }

  public ReferenceData.Label district() {
    return data.district();
  }

  /**
   * The labels of a code of the dimension; {@code UNKNOWN}, {@code UNMAPPED} and {@code
   * NOT_ASSIGNED} have theirs; a free-text value (an agency as typed) labels itself.
   */
  public ReferenceData.Label of(Dimension dimension, String code) {
    Optional<ReferenceData.Label> label =
        switch (dimension) {
          case STREET ->
              data.street(code).map(s -> new ReferenceData.Label(s.code(), s.zh(), s.en()));
          case COMMUNITY ->
              data.streets().stream().flatMap(s -> s.community(code).stream()).findFirst();
          case CATEGORY -> data.category(code);
          case CENTRE -> data.mediationCentre(code);
          case RESPONDENT -> data.respondentAgency(code).map(ReferenceData.Agency::label);
          case DEPARTMENT -> data.petitionDepartment(code).map(ReferenceData.Department::label);
          case RESPONDENT_LEVEL -> constant(RespondentLevel.class, code);
          case ACT_KIND -> constant(AdministrativeActKind.class, code);
          case APPLICANT_KIND -> constant(ApplicantKind.class, code);
          case SOURCE -> constant(MediationSource.class, code);
          case PARTY_ORIGIN -> constant(PartyOrigin.class, code);
          default -> Optional.empty();
        };
    return label
        .or(() -> constant(Unclassified.class, code))
        .orElse(new ReferenceData.Label(code, code, code));
  }

  private static Optional<ReferenceData.Label> constant(
      Class<? extends Enum<?>> enumeration, String code) {
    List<ReferenceData.Label> labels = ENUMS.of(enumeration);
    return labels.stream().filter(l -> l.code().equals(code)).findFirst();
  }
}
