package org.reclaim.likelihood;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The likelihood engine depends on the domain and its libraries only (XGBoost, Jackson for the
 * model files, FastCSV for tables); XGBoost stays behind {@code model.Booster}.
 */
class ArchitectureTest {
  private static final JavaClasses LIKELIHOOD =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.reclaim.likelihood");

  @Test
  void theEngineUsesTheDomainAndItsLibrariesOnly() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax.annotation..",
            "org.jspecify..",
            "org.locationtech.jts..",
            "org.reclaim.domain..",
            "org.reclaim.likelihood..",
            "ml.dmlc.xgboost4j..",
            "tools.jackson..",
            "com.fasterxml.jackson.annotation..",
            "de.siegmar.fastcsv..")
        .check(LIKELIHOOD);
  }

  @Test
  void onlyTheBoosterTalksToXgboost() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.reclaim.likelihood.model.Booster")
        .and()
        .doNotHaveFullyQualifiedName("org.reclaim.likelihood.Libraries")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("ml.dmlc.xgboost4j..")
        .check(LIKELIHOOD);
  }
}
