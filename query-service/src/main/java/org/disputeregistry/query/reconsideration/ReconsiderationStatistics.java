package org.disputeregistry.query.reconsideration;

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

/** The {@link ReconsiderationFigures} of a query, exactly. */
@Component
public class ReconsiderationStatistics {

  public static final Set<Dimension> DIMENSIONS =
      EnumSet.of(
          Dimension.STREET,
          Dimension.COMMUNITY,
          Dimension.CATEGORY,
          Dimension.RESPONDENT_AGENCY,
          Dimension.RESPONDENT,
          Dimension.RESPONDENT_LEVEL,
          Dimension.ACT_KIND,
          Dimension.APPLICANT_KIND,
          Dimension.CHANNEL,
          Dimension.PROCEDURE);

  private final FigureQueries queries;

  ReconsiderationStatistics(FigureQueries queries) {
    this.queries = queries;
  }

  /** What the counters keep of each reconsideration case. */
  @Bean
  static CaseFigures reconsiderationFigures() {
    return ReconsiderationFigures.ALL;
  }

  /** The figures of the query's period and filters. */
  public Figures figures(Query query) {
    return queries.figures(ReconsiderationFigures.ALL, query, null);
  }

  /** The year's figures, its months' and its streets' (the annual totals). */
  public YearFigures year(int year) {
    return queries.year(ReconsiderationFigures.ALL, year);
  }

  /** The figures per value of the query's breakdown dimension. */
  public Map<String, Figures> breakdown(Query query) {
    return queries.breakdown(ReconsiderationFigures.ALL, query, null);
  }
}
