package org.disputeregistry.workbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

@AnalyzeClasses(
    packages = "org.disputeregistry.workbench",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String WORKBENCH = "org.disputeregistry.workbench.";

  /** One package per page or group of pages. */
  private static final String[] PAGES = {
    WORKBENCH + "home..",
    WORKBENCH + "cases..",
    WORKBENCH + "search..",
    WORKBENCH + "queue..",
    WORKBENCH + "admin..",
    WORKBENCH + "dashboard..",
    WORKBENCH + "report.."
  };

  /** What every page builds on. */
  private static final String[] SHARED = {
    WORKBENCH + "api..",
    WORKBENCH + "caselist..",
    WORKBENCH + "forms..",
    WORKBENCH + "layout..",
    WORKBENCH + "reference..",
    WORKBENCH + "signin.."
  };

  @ArchTest
  static final ArchRule knowsTheServicesOnlyByTheirApis =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.disputeregistry.command..",
              "org.disputeregistry.query..",
              "org.disputeregistry.infra..",
              "org.disputeregistry.testsupport..")
          .because("the workbench calls the services' HTTP APIs as its user, nothing else");

  @ArchTest
  static final ArchRule readsNoDatabase =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
          .because("every figure and case comes from the APIs, with the user's rights");

  @ArchTest
  static final ArchRule sharedPackagesKnowNoPage =
      noClasses()
          .that()
          .resideInAnyPackage(SHARED)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PAGES)
          .because(
              "sign-in, the API clients, the form engine, the layout and the labels serve every page");

  @ArchTest
  static final ArchRule pagesDoNotImportEachOther =
      SlicesRuleDefinition.slices()
          .matching(WORKBENCH + "(home|cases|search|queue|admin|dashboard|report)..")
          .should()
          .notDependOnEachOther()
          .because("a page links to another by URL, so each can change on its own");
}
