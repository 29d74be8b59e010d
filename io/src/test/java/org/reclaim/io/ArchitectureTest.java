package org.reclaim.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Import parses and checks; it never stores and never reaches the engines or the app. The one use
 * of JDBC is the GeoPackage feature writer's: a GeoPackage file is an SQLite database, and batched
 * inserts through its connection are how millions of rows get into the file — a file written, not
 * the register.
 */
class ArchitectureTest {
  private static final String[] REGISTER_ENGINES_AND_APP = {
    "org.reclaim.store..",
    "org.reclaim.app..",
    "org.reclaim.analysis..",
    "org.reclaim.planner..",
    "org.reclaim.bench..",
    "org.springframework.."
  };

  private static JavaClasses io() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.reclaim.io");
  }

  @Test
  void ioDependsOnTheDomainOnly() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.reclaim.io.export.GeoPackageFeatureWriter")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(REGISTER_ENGINES_AND_APP)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..")
        .check(io());
  }

  @Test
  void theGeoPackageWriterUsesJdbcButNothingOfTheRegister() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(REGISTER_ENGINES_AND_APP)
        .check(io());
  }
}
