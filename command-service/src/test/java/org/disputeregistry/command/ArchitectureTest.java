package org.disputeregistry.command;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@AnalyzeClasses(
    packages = "org.disputeregistry.command",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String COMMAND = "org.disputeregistry.command";
  private static final String[] FEATURES = {
    "reconsideration", "petition", "mediation", "servicecontact"
  };

  /** The domain: each feature without its web sub-package, and the parts they share. */
  private static final String[] DOMAIN = {
    COMMAND + ".reconsideration",
    COMMAND + ".petition",
    COMMAND + ".mediation",
    COMMAND + ".servicecontact",
    COMMAND + ".lifecycle..",
    COMMAND + ".rules..",
    COMMAND + ".casenumber..",
    COMMAND + ".reference..",
    COMMAND + ".eventstore..",
    COMMAND + ".relay.."
  };

  /**
   * Holders of compile-time constants: the compiler copies the constants into the classes that use
   * them, so no dependency on the holder is left for ArchUnit to see.
   */
  private static final DescribedPredicate<JavaClass> ONLY_CONSTANTS =
      DescribedPredicate.describe(
          "holders of constants only",
          type ->
              type.getMethods().isEmpty()
                  && type.getFields().stream()
                      .allMatch(
                          field ->
                              field
                                  .getModifiers()
                                  .containsAll(List.of(JavaModifier.STATIC, JavaModifier.FINAL))));

  /** Named in META-INF/services: java.util.ServiceLoader instantiates only public classes. */
  private static final DescribedPredicate<JavaClass> LOADED_BY_SERVICE_LOADER =
      DescribedPredicate.describe(
          "loaded by java.util.ServiceLoader", type -> serviceProviders().contains(type.getName()));

  @ArchTest
  static final ArchRule doesNotKnowTheQueryService =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.disputeregistry.query..")
          .because("the two services share only the event contract (shared-events) and the topic");

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
          .resideInAnyPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              COMMAND + "..web..", "org.springframework.web..", "org.disputeregistry.web..")
          .because(
              "cases, their rules and lifecycle hold for HTTP and back-fill alike; only the web"
                  + " packages know requests, headers and answers");

  @ArchTest static final ArchRule featuresDoNotKnowEachOther = featuresIndependent();

  @ArchTest
  static final ArchRule casesTakeTimeAndIdsFromOutside =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(UUID.class, "randomUUID")
          .because(
              "a case's rules read today from the injected Clock and its ids come from the client"
                  + " or Axon's identifier factory, so tests can fix both and replays agree");

  @ArchTest
  static final ArchRule publicOnlyWhenUsedFromAnotherPackage =
      classes()
          .that()
          .areTopLevelClasses()
          .and()
          .arePublic()
          .and()
          .doNotHaveSimpleName("CommandServiceApplication")
          .and(not(ONLY_CONSTANTS))
          .and(not(LOADED_BY_SERVICE_LOADER))
          .should(beUsedFromAnotherPackage())
          .because(
              "package-private is the default: a public class is one another package needs, so"
                  + " what a package exposes is what it is used for");

  private static ArchRule featuresIndependent() {
    CompositeArchRule rule = null;
    for (String feature : FEATURES) {
      String[] others =
          Arrays.stream(FEATURES)
              .filter(other -> !other.equals(feature))
              .map(other -> COMMAND + "." + other + "..")
              .toArray(String[]::new);
      ArchRule one =
          noClasses()
              .that()
              .resideInAPackage(COMMAND + "." + feature + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(others)
              .because(
                  "each case type changes on its own; what they share lives in lifecycle and"
                      + " rules");
      rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
    }
    return rule;
  }

  private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
    return new ArchCondition<>("be used from another package") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean usedElsewhere =
            type.getDirectDependenciesToSelf().stream()
                .map(Dependency::getOriginClass)
                .map(JavaClass::getPackageName)
                .anyMatch(origin -> !origin.equals(type.getPackageName()));
        if (!usedElsewhere) {
          events.add(
              SimpleConditionEvent.violated(
                  type,
                  type.getName()
                      + " is public but used only inside "
                      + type.getPackageName()
                      + ": make it package-private"));
        }
      }
    };
  }

  private static Set<String> serviceProviders() {
    Path services = Path.of("src/main/resources/META-INF/services");
    try (Stream<Path> files = Files.list(services)) {
      return files
          .flatMap(ArchitectureTest::lines)
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
