package org.disputeregistry.query.mediation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.counts.FigureQueries;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.YearFigures;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Query;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** The {@link CommercialMediationFigures} of a query, exactly. */
@Component
public class CommercialMediationStatistics {

  public static final Set<Dimension> DIMENSIONS =
      EnumSet.of(
          Dimension.CENTRE,
          Dimension.MEDIATOR,
          Dimension.DISPUTE_TYPE,
          Dimension.SOURCE,
          Dimension.PARTY_ORIGIN,
          Dimension.STREET,
          Dimension.COMMUNITY);

  private final FigureQueries queries;

  CommercialMediationStatistics(FigureQueries queries) {
    this.queries = queries;
  }

  /** What the counters keep of each commercial mediation case. */
  @Bean
  static CaseFigures commercialMediationFigures() {
    return CommercialMediationFigures.ALL;
  }

  /** The year's figures, its months' and its centres' (the annual totals). */
  public YearFigures year(int year) {
    return queries.year(CommercialMediationFigures.ALL, year);
  }

  /** The figures of the query's period and filters. */
  public Figures figures(Query query) {
    return queries.figures(CommercialMediationFigures.ALL, query, null);
  }

  /**
   * The figures per value of the query's breakdown dimension; cases without a value (no mediator,
   * outside the district) come under the empty key.
   */
  public Map<String, Figures> breakdown(Query query) {
    return queries.breakdown(CommercialMediationFigures.ALL, query, null);
  }
}
