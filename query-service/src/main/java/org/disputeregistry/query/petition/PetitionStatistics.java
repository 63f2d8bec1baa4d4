package org.disputeregistry.query.petition;

import static org.disputeregistry.query.petition.PetitionFigures.ALL;
import static org.disputeregistry.query.petition.PetitionFigures.AS_OF;
import static org.disputeregistry.query.petition.PetitionFigures.PERSON_TIMES_SERVED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.disputeregistry.query.counts.CaseFigures;
import org.disputeregistry.query.counts.FigureQueries;
import org.disputeregistry.query.counts.Figures;
import org.disputeregistry.query.counts.YearFigures;
import org.disputeregistry.query.servicecontact.PersonTimes;
import org.disputeregistry.query.statistics.Dimension;
import org.disputeregistry.query.statistics.Query;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The {@link PetitionFigures} of a query, exactly, with the person-times served from the
 * service-contact days where the query's dimensions are theirs too.
 */
@Component
public class PetitionStatistics {

  public static final Set<Dimension> DIMENSIONS =
      EnumSet.of(
          Dimension.STREET,
          Dimension.COMMUNITY,
          Dimension.CATEGORY,
          Dimension.CHANNEL,
          Dimension.DEPARTMENT);

  private final FigureQueries queries;
  private final PersonTimes personTimes;

  PetitionStatistics(FigureQueries queries, PersonTimes personTimes) {
    this.queries = queries;
    this.personTimes = personTimes;
  }

  /** What the counters keep of each petition. */
  @Bean
  static CaseFigures petitionFigures() {
    return ALL;
  }

  /** The figures of the query's period and filters, steps counted up to {@code asOf} (or null). */
  public Figures figures(Query query, LocalDate asOf) {
    Figures figures = queries.figures(ALL, query, asOf).with(AS_OF, asOf);
    return PersonTimes.answers(query)
        ? figures.with(PERSON_TIMES_SERVED, personTimes.total(query))
        : figures;
  }

  /**
   * The year's figures, its months' and its streets' (the annual totals), every step known now, as
   * {@link #figures} and {@link #breakdown} by street answer them.
   */
  public YearFigures year(int year) {
    YearFigures counted = queries.year(ALL, year).map(f -> f.with(AS_OF, null));
    PersonTimes.Year served = personTimes.year(year);
    Map<String, Figures> streets = new TreeMap<>(counted.byValue());
    served
        .byStreet()
        .keySet()
        .forEach(key -> streets.putIfAbsent(key, ALL.none().with(AS_OF, null)));
    streets.replaceAll(
        (key, f) -> f.with(PERSON_TIMES_SERVED, served.byStreet().getOrDefault(key, 0L)));
    List<Figures> months = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      months.add(counted.months().get(m).with(PERSON_TIMES_SERVED, served.months().get(m)));
    }
    return new YearFigures(
        counted.year().with(PERSON_TIMES_SERVED, served.total()), months, streets);
  }

  /**
   * The figures per value of the query's breakdown, ordered by that value; a street or community
   * with service contacts but no petitions has a row too.
   */
  public Map<String, Figures> breakdown(Query query, LocalDate asOf) {
    Map<String, Figures> figures = new TreeMap<>();
    queries.breakdown(ALL, query, asOf).forEach((key, f) -> figures.put(key, f.with(AS_OF, asOf)));
    if (PersonTimes.answers(query)) {
      Map<String, Long> served = personTimes.breakdown(query);
      served.keySet().forEach(key -> figures.putIfAbsent(key, ALL.none().with(AS_OF, asOf)));
      figures.replaceAll((key, f) -> f.with(PERSON_TIMES_SERVED, served.getOrDefault(key, 0L)));
    }
    return figures;
  }
}
