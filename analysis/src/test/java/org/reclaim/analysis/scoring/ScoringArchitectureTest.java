package org.reclaim.analysis.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scoring methods are plain arithmetic on plain inputs: the JDK only, not even the domain. */
class ScoringArchitectureTest {
  @Test
  void scoringDependsOnTheJdkOnly() {
    JavaClasses scoring =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reclaim.analysis.scoring");
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.reclaim.analysis.scoring..")
        .check(scoring);
  }
}
