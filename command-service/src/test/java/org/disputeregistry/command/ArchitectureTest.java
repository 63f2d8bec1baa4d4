package org.disputeregistry.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.disputeregistry.command",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule doesNotKnowTheQueryService =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.disputeregistry.query..")
          .because("the services share only the event contract (DESIGN.md section 2)");

  @ArchTest
  static final ArchRule doesNotKnowHowServersWereStarted =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.disputeregistry.infra..", "org.disputeregistry.testsupport..")
          .because("only infra knows how a broker or database was started");

  @ArchTest
  static final ArchRule rulesDoNotKnowTheWeb =
      noClasses()
          .that()
          .resideInAPackage("org.disputeregistry.command.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.web..", "org.disputeregistry.command.web..")
          .because("rules hold for HTTP and back-fill alike");
}
