package org.disputeregistry.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.disputeregistry.query",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule doesNotKnowTheCommandService =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.disputeregistry.command..")
          .because("the services share only the event contract (DESIGN.md section 2)");

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
}
