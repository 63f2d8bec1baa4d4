package org.disputeregistry.workbench.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A case type of the statistics API: its path, its name in the case list's {@code caseType}, the
 * dimensions its breakdowns take ({@code by=}, as the API documents them) and the counts its trend
 * and street charts show.
 */
enum StatisticsType {
  RECONSIDERATION(
      "reconsiderations",
      "reconsideration",
      List.of(
          "street",
          "community",
          "category",
          "respondentAgency",
          "channel",
          "procedure",
          "actKind",
          "applicantKind",
          "respondent",
          "respondentLevel"),
      List.of("received", "closed", "mediated")),
  COMMERCIAL_MEDIATION(
      "commercial-mediations",
      "commercial-mediation",
      List.of("centre", "street", "community", "mediator", "disputeType", "source", "partyOrigin"),
      List.of("received", "concluded", "succeeded")),
  PETITION(
      "petitions",
      "petition",
      List.of("street", "community", "category", "channel", "department"),
      List.of("registered", "accepted", "resolved"));

  private final String path;
  private final String caseType;
  private final List<String> dimensions;
  private final List<String> charted;

  StatisticsType(String path, String caseType, List<String> dimensions, List<String> charted) {
    this.path = path;
    this.caseType = caseType;
    this.dimensions = dimensions;
    this.charted = charted;
  }

  /** {@code /api/statistics/<path>}. */
  String statisticsPath() {
    return "/api/statistics/" + path;
  }

  /**
   * The value of {@code caseType} in the case list (and in the dashboard's own form; public for the
   * template).
   */
  public String caseType() {
    return caseType;
  }

  List<String> dimensions() {
    return dimensions;
  }

  /** The counts of the charts, in the order of their series. */
  List<String> charted() {
    return charted;
  }

  static Optional<StatisticsType> of(String caseType) {
    return Arrays.stream(values()).filter(t -> t.caseType.equals(caseType)).findFirst();
  }
}
