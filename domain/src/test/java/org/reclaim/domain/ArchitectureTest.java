package org.reclaim.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain knows nothing of frameworks, JDBC, JSON or the solver: JDK, JTS and proj4j only. */
class ArchitectureTest {
  @Test
  void domainDependsOnJdkJtsAndProj4jOnly() {
    JavaClasses domain =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reclaim.domain");
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "org.locationtech.jts..", "org.locationtech.proj4j..", "org.reclaim.domain..")
        .check(domain);
  }
}
