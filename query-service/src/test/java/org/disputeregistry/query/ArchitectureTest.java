package org.disputeregistry.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

@AnalyzeClasses(
    packages = "org.disputeregistry.query",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String QUERY = "org.disputeregistry.query.";

  /**
   * What several features build on: the projection, the counters, the statistics' requests, the
   * year-on-year comparison of any figures.
   */
  private static final List<String> SHARED =
      List.of("projection", "counts", "statistics", "schema", "directory", "yearonyear");

  /**
   * Each feature, and the features it may use: petitions count the person-times served, the annual
   * report reads the statistics of the three case types and the ageing of open cases, published
   * figures are the report's totals and the rows of the case types' figures, the case list drills
   * down into their figures, and the statutory tables are made of the three case types' statistics.
   */
  private static final Map<String, List<String>> FEATURES =
      Map.ofEntries(
          Map.entry("reconsideration", List.of()),
          Map.entry("mediation", List.of()),
          Map.entry("petition", List.of("servicecontact")),
          Map.entry("servicecontact", List.of()),
          Map.entry("deadline", List.of("cases")),
          Map.entry("deadletter", List.of()),
          Map.entry("rebuild", List.of()),
          Map.entry("report", List.of("reconsideration", "mediation", "petition", "cases")),
          Map.entry("publication", List.of("report", "petition", "servicecontact")),
          Map.entry("cases", List.of("reconsideration", "mediation", "petition")),
          Map.entry("statutory", List.of("reconsideration", "mediation", "petition")));

  @ArchTest
  static final ArchRule doesNotKnowTheCommandService =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.disputeregistry.command..")
          .because("the services share only the event contract (shared-events)");

  @ArchTest
  static final ArchRule readsNoEventStore =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.axonframework..")
          .because("projections are built from the Kafka topic alone");

  @ArchTest
  static final ArchRule doesNotKnowHowServersWereStarted =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.disputeregistry.infra..", "org.disputeregistry.testsupport..")
          .because("only infra knows how a broker or database was started");

  @ArchTest
  static final ArchRule webStaysAtTheEdge =
      noClasses()
          .that()
          .resideOutsideOfPackage(QUERY + "(*)..web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(QUERY + "(*)..web..")
          .because(
              "controllers and their request and response records are the edge: projections,"
                  + " counters and statistics do not know HTTP, so they can be reused and tested"
                  + " without it");

  @ArchTest static final ArchRule featuresDoNotImportEachOther = featuresUseOnlyWhatTheyMay();

  @ArchTest
  static final ArchRule sharedPackagesKnowNoFeature =
      noClasses()
          .that()
          .resideInAnyPackage(packages(SHARED))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(packages(List.copyOf(FEATURES.keySet())))
          .because(
              "the projection, the counters and the statistics' requests serve every feature and"
                  + " so may not depend on one");

  @ArchTest
  static final ArchRule todayComesFromTheConfiguredClock =
      noClasses()
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now", ZoneId.class)
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(Clock.class, "systemUTC")
          .orShould()
          .callMethod(Clock.class, "systemDefaultZone")
          .because(
              "\"today\" is a day in the district's zone (registry.time-zone): only the Clock bean"
                  + " says it, and a test can fix it");

  private static ArchRule featuresUseOnlyWhatTheyMay() {
    CompositeArchRule rule = null;
    for (Map.Entry<String, List<String>> feature : FEATURES.entrySet()) {
      List<String> others =
          FEATURES.keySet().stream()
              .filter(f -> !f.equals(feature.getKey()) && !feature.getValue().contains(f))
              .toList();
      ArchRule one =
          noClasses()
              .that()
              .resideInAPackage(QUERY + feature.getKey() + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(packages(others))
              .because(
                  "a feature uses the shared packages "
                      + SHARED
                      + " and only the features it names ("
                      + feature.getKey()
                      + ": "
                      + feature.getValue()
                      + "), so each can change without the others");
      rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
    }
    return rule;
  }

  private static String[] packages(List<String> names) {
    return names.stream().map(n -> QUERY + n + "..").toArray(String[]::new);
  }
}
