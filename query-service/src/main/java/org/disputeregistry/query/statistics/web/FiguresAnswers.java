package org.disputeregistry.query.statistics.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.SmallCells;
import org.disputeregistry.query.statistics.AsOf;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.Query;
import org.disputeregistry.query.statistics.Statistics;
import org.disputeregistry.query.yearonyear.YearOnYearFigures;
import org.springframework.stereotype.Component;

/**
 * The answer of every case type's figures endpoint, one definition: the question parsed, its
 * figures with small cells suppressed, each count's case list ({@code links=cases}) and, with
 * {@code compare=previousYear}, the same question of the years before.
 */
@Component
public class FiguresAnswers {

  private final SmallCells smallCells;
  private final YearOnYearFigures yearOnYear;

  FiguresAnswers(SmallCells smallCells, YearOnYearFigures yearOnYear) {
    this.smallCells = smallCells;
    this.yearOnYear = yearOnYear;
  }

  /** The figures of a case type whose questions take no as-of date. */
  public Statistics<Figures> answer(
      Map<String, String> parameters,
      CaseFigures type,
      Set<Dimension> dimensions,
      Function<Query, Figures> figures) {
    return answer(
        new HashMap<>(parameters), null, type, dimensions, (query, asOf) -> figures.apply(query));
  }

  /**
   * The figures of a case type whose questions may give an as-of date ({@link AsOf}); a year
   * earlier, the as-of date moves back with the period ({@link Period#earlier(LocalDate, int)}).
   */
  public Statistics<Figures> answerAsOf(
      Map<String, String> parameters,
      CaseFigures type,
      Set<Dimension> dimensions,
      BiFunction<Query, LocalDate, Figures> figures) {
    Map<String, String> rest = new HashMap<>(parameters);
    return answer(rest, AsOf.taken(rest), type, dimensions, figures);
  }

  private Statistics<Figures> answer(
      Map<String, String> rest,
      LocalDate asOf,
      CaseFigures type,
      Set<Dimension> dimensions,
      BiFunction<Query, LocalDate, Figures> figures) {
    boolean compare = StatisticsRequests.compare(rest);
    Query query = StatisticsRequests.figures(rest, dimensions);
    AsOf.requireNotBefore(asOf, query);
    BiFunction<Query, LocalDate, Figures> served =
        (q, day) -> smallCells.figures(type, q, figures.apply(q, day));
    Statistics<Figures> answer = Statistics.of(type.caseType(), query, served.apply(query, asOf));
    CaseLinks links = CaseLinks.askedIn(rest, query, asOf, type);
    if (links != null) {
      answer = answer.withLinks(links.of(answer.figures(), Map.of()));
    }
    return compare
        ? yearOnYear.compared(
            answer,
            k -> served.apply(query.earlier(k), asOf == null ? null : Period.earlier(asOf, k)))
        : answer;
  }
}
