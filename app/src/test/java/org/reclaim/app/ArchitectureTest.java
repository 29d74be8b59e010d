package org.reclaim.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules inside {@code app} (docs/architecture.md): controllers are thin — they call services
 * and never touch the store or JDBC; no class of the app uses JDBC (persistence is the store's);
 * services know nothing of the HTTP or command-line layers; and no two packages depend on each
 * other.
 */
class ArchitectureTest {
  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.reclaim.app");

  @Test
  void controllersReachTheRegisterThroughServicesOnly() {
    noClasses()
        .that()
        .resideInAnyPackage("org.reclaim.app.api..", "org.reclaim.app.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.reclaim.store.jdbc..",
            "org.reclaim.store.tables..",
            "org.springframework.jdbc..",
            "java.sql..",
            "javax.sql..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.reclaim.store.ReclaimStore")
        .check(APP);
  }

  @Test
  void commandsReachTheRegisterThroughServicesOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.reclaim.app.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.reclaim.store.jdbc..",
            "org.reclaim.store.tables..",
            "org.springframework.jdbc..",
            "java.sql..",
            "javax.sql..")
        .check(APP);
  }

  @Test
  void noClassOfTheAppUsesJdbc() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
        .check(APP);
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.reclaim.app.ReclaimServer")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javax.sql..")
        .check(APP);
  }

  @Test
  void servicesKnowNothingOfTheirCallers() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.reclaim.app.register..",
            "org.reclaim.app.prioritise..",
            "org.reclaim.app.plan..",
            "org.reclaim.app.release..",
            "org.reclaim.app.mcda..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.reclaim.app.api..",
            "org.reclaim.app.cli..",
            "org.reclaim.app.web..",
            "org.reclaim.app.security..",
            "org.springframework.web..",
            "picocli..")
        .check(APP);
  }

  @Test
  void appPackagesAreFreeOfCycles() {
    slices().matching("org.reclaim.app.(*)..").should().beFreeOfCycles().check(APP);
  }
}
