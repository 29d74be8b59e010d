package org.reclaim.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The analysis engines use the domain and JTS, never a framework, the store or JSON. */
class AnalysisArchitectureTest {
  @Test
  void analysisDependsOnDomainAndGeometryOnly() {
    JavaClasses analysis =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reclaim.analysis");
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "org.locationtech.jts..", "org.reclaim.domain..", "org.reclaim.analysis..")
        .check(analysis);
  }
}
