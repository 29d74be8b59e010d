package org.reclaim.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The store sits on the domain only: it knows nothing of importers, engines or the app. */
class ArchitectureTest {
  private final JavaClasses store =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.reclaim.store");

  @Test
  void storeDoesNotReachUp() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.reclaim.io..",
            "org.reclaim.app..",
            "org.reclaim.analysis..",
            "org.reclaim.planner..",
            "org.reclaim.bench..",
            "org.springframework.web..",
            "org.springframework.boot..")
        .check(store);
  }

  @Test
  void onlyTheGenericMachineryWritesSql() {
    noClasses()
        .that()
        .resideInAPackage("org.reclaim.store.tables..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "java.sql..")
        .check(store);
  }
}
