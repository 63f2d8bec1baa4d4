package org.disputeregistry.query.cases;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.disputeregistry.events.CaseType;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.mediation.CommercialMediationFigures;
import org.disputeregistry.query.mediation.CommercialMediationStatistics;
import org.disputeregistry.query.petition.PetitionFigures;
import org.disputeregistry.query.petition.PetitionStatistics;
import org.disputeregistry.query.reconsideration.ReconsiderationFigures;
import org.disputeregistry.query.reconsideration.ReconsiderationStatistics;
import org.disputeregistry.query.statistics.Dimension;

/**
 * The case types the summary keeps, with what a drill-down from their figures needs: the figures,
 * the filters their statistics take, and whether those take an as-of date.
 */
enum CaseKind {
  RECONSIDERATION(
      "reconsideration",
      CaseType.RECONSIDERATION,
      ReconsiderationFigures.ALL,
      ReconsiderationStatistics.DIMENSIONS,
      false),
  COMMERCIAL_MEDIATION(
      "commercial-mediation",
      CaseType.COMMERCIAL_MEDIATION,
      CommercialMediationFigures.ALL,
      CommercialMediationStatistics.DIMENSIONS,
      false),
  PETITION("petition", CaseType.PETITION, PetitionFigures.ALL, PetitionStatistics.DIMENSIONS, true);

  /** The value of the {@code caseType} parameter and column of the list. */
  final String parameter;

  final CaseType type;
  final CaseFigures figures;
  final Set<Dimension> dimensions;
  final boolean takesAsOf;

  CaseKind(
      String parameter,
      CaseType type,
      CaseFigures figures,
      Set<Dimension> dimensions,
      boolean takesAsOf) {
    this.parameter = parameter;
    this.type = type;
    this.figures = figures;
    this.dimensions = dimensions;
    this.takesAsOf = takesAsOf;
  }

  static Optional<CaseKind> of(CaseType type) {
    return Arrays.stream(values()).filter(k -> k.type == type).findFirst();
  }

  static Optional<CaseKind> ofParameter(String parameter) {
    return Arrays.stream(values()).filter(k -> k.parameter.equals(parameter)).findFirst();
  }

  static Optional<CaseKind> ofColumn(String caseType) {
    return Arrays.stream(values()).filter(k -> k.type.name().equals(caseType)).findFirst();
  }
}
