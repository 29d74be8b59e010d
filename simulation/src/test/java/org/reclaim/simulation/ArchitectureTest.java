package org.reclaim.simulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Policies never see the truth: nothing in {@code simulation.policy} touches the demo world's
 * hidden contamination ({@code DemoTruth}, {@code AreaTruth}) or the generated data set that
 * carries it; they read the {@link Register} and the world's teams and prices only.
 */
class ArchitectureTest {
  private static final JavaClasses SIMULATION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.reclaim.simulation");

  @Test
  void policiesNeverSeeTheTruth() {
    noClasses()
        .that()
        .resideInAPackage("org.reclaim.simulation.policy..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.reclaim.demo.DemoTruth")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.reclaim.demo.AreaTruth")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.reclaim.demo.DemoDataSet")
        .check(SIMULATION);
  }
}
