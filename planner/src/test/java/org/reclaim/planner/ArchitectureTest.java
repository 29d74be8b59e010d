package org.reclaim.planner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Timefold stays inside {@code planner.solver}; the planner depends on the domain only (never the
 * store, the app or other engines).
 */
class ArchitectureTest {
  private final JavaClasses planner =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.reclaim.planner");

  @Test
  void onlyTheSolverPackageUsesTimefold() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.reclaim.planner.solver..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("ai.timefold..")
        .check(planner);
  }

  @Test
  void onlyTheJsonPackageUsesJackson() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.reclaim.planner.json..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("tools.jackson..")
        .check(planner);
  }

  @Test
  void plannerDependsOnTheDomainOnly() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.reclaim.store..",
            "org.reclaim.app..",
            "org.reclaim.analysis..",
            "org.reclaim.io..",
            "org.reclaim.bench..",
            "org.springframework..",
            "java.sql..")
        .check(planner);
  }
}
