package org.disputeregistry.query.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.disputeregistry.query.projection.Targets;
import org.disputeregistry.query.report.AnnualTotalsService;
import org.disputeregistry.query.report.PublishedTotals;
import org.disputeregistry.query.statistics.Period;
import org.disputeregistry.query.statistics.StatisticsRequestException;
import org.disputeregistry.report.AnnualTotals;
import org.disputeregistry.web.security.Identity;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published versions of each year's totals: publishing appends version n + 1 (never overwrites;
 * the database refuses to change a stored row), the latest is current.
 */
@Component
public class Publications implements PublishedTotals {

  /** Any constant no other code uses as the first key of a two-key advisory lock. */
  private static final int PUBLISHING = 70_205_014;

  private static final RowMapper<Publication> PUBLICATION =
      (rs, n) ->
          new Publication(
              rs.getInt("year"),
              rs.getInt("version"),
              rs.getTimestamp("published_at").toInstant(),
              rs.getString("published_by"),
              rs.getString("organisation"));

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Targets targets;
  private final AnnualTotalsService totals;
  private final YearContributions contributions;
  private final ObjectMapper json;
  private final Clock clock;

  Publications(
      NamedParameterJdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      Targets targets,
      AnnualTotalsService totals,
      YearContributions contributions,
      ObjectMapper json,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.targets = targets;
    this.totals = totals;
    this.contributions = contributions;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Publishes the year's totals as they are now, as the next version. The projection is held off
   * meanwhile (a few seconds), so the totals and the contribution rows stored beside them are of
   * the same moment.
   */
  public Publication publish(int year, Identity publisher) {
    if (year > LocalDate.now(clock).getYear()) {
      throw new StatisticsRequestException("year", year + " has not begun: nothing to publish");
    }
    return transaction.execute(
        status -> {
          targets.lockLive();
          jdbc.getJdbcTemplate()
              .queryForObject(
                  "SELECT pg_advisory_xact_lock(?, ?)::text", String.class, PUBLISHING, year);
          int version = latestVersion(year).orElse(0) + 1;
          // With its comparison as it stands now: the published report says the same ever after.
          AnnualTotals figures =
              totals.compared(year).from(AnnualTotals.Source.published(version, version));
          Period period = Period.ofYear(year);
          MapSqlParameterSource row =
              new MapSqlParameterSource()
                  .addValue("from", period.from())
                  .addValue("to", period.to())
                  .addValue("year", year)
                  .addValue("version", version)
                  .addValue("at", Timestamp.from(figures.asOf()))
                  .addValue("by", publisher.subject())
                  .addValue("organisation", publisher.organisation())
                  .addValue("totals", write(figures));
          jdbc.update(
              "INSERT INTO publication.snapshot"
                  + " (year, version, published_at, published_by, organisation, totals)"
                  + " VALUES (:year, :version, :at, :by, :organisation, CAST(:totals AS json))",
              row);
          jdbc.update(
              "INSERT INTO publication.contribution (year, version, case_type, case_id,"
                  + " dimension_value, measure, detail, day, amount) SELECT :year, :version, y.*"
                  + " FROM ("
                  + contributions.all()
                  + ") y",
              row);
          return new Publication(
              year, version, figures.asOf(), publisher.subject(), publisher.organisation());
        });
  }

  /** The year's versions, the latest first. */
  public List<Publication> versions(int year, int page, int size) {
    return jdbc.query(
        "SELECT year, version, published_at, published_by, organisation FROM publication.snapshot"
            + " WHERE year = :year ORDER BY version DESC LIMIT :size OFFSET :offset",
        new MapSqlParameterSource()
            .addValue("year", year)
            .addValue("size", size)
            .addValue("offset", (long) page * size),
        PUBLICATION);
  }

  public Optional<Publication> find(int year, int version) {
    return jdbc
        .query(
            "SELECT year, version, published_at, published_by, organisation"
                + " FROM publication.snapshot WHERE year = :year AND version = :version",
            new MapSqlParameterSource().addValue("year", year).addValue("version", version),
            PUBLICATION)
        .stream()
        .findFirst();
  }

  /** A version's totals exactly as published, said to be that version. */
  public Optional<AnnualTotals> totals(int year, int version) {
    Integer latest = latestVersion(year).orElse(null);
    return jdbc
        .queryForList(
            "SELECT totals::text FROM publication.snapshot WHERE year = :year AND version = :version",
            new MapSqlParameterSource().addValue("year", year).addValue("version", version),
            String.class)
        .stream()
        .findFirst()
        .map(text -> read(text).from(AnnualTotals.Source.published(version, latest)));
  }

  @Override
  public Optional<Integer> latestVersion(int year) {
    return Optional.ofNullable(
        jdbc.queryForObject(
            "SELECT max(version) FROM publication.snapshot WHERE year = :year",
            new MapSqlParameterSource("year", year),
            Integer.class));
  }

  @Override
  public Optional<AnnualTotals> latest(int year) {
    return latestVersion(year).flatMap(version -> totals(year, version));
  }

  private String write(AnnualTotals figures) {
    try {
      return json.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The totals cannot be written as JSON", e);
    }
  }

  private AnnualTotals read(String text) {
    try {
      return json.readValue(text, AnnualTotals.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A published version cannot be read", e);
    }
  }
}
