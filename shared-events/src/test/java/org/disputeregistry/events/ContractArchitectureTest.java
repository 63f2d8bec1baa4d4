package org.disputeregistry.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.disputeregistry.events",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ContractArchitectureTest {

  @ArchTest
  static final ArchRule contractIsPlainJavaAndJackson =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "org.axonframework..", "jakarta..", "org.hibernate..")
          .because("shared-events is read by every service and by consumers in other languages");

  @ArchTest
  static final ArchRule contractKnowsNoService =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.disputeregistry.command..", "org.disputeregistry.query..")
          .because("the services depend on the contract, never the other way round");
}
