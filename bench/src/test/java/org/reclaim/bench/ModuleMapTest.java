package org.reclaim.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The map of modules (docs/architecture.md), checked on the compiled classes of all of them: the
 * arrows point one way — {@code domain} ← {@code analysis}, {@code planner}, {@code io}, {@code
 * store}, {@code likelihood} ← {@code demo} ← {@code simulation} ← {@code app} ← {@code bench} — no
 * two capability packages of a module depend on each other, and no SQL is written outside the store
 * (the benchmark's PostGIS baseline, which is SQL by definition, the GeoPackage file writer, whose
 * file is an SQLite database, and the Spark job, whose joins are Spark SQL, excepted).
 */
class ModuleMapTest {
  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // the test helpers other modules publish (DomainForTest, …) are tests too
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("org.reclaim");

  private static final String DOMAIN = "org.reclaim.domain..";
  private static final String ANALYSIS = "org.reclaim.analysis..";
  private static final String PLANNER = "org.reclaim.planner..";
  private static final String IO = "org.reclaim.io..";
  private static final String STORE = "org.reclaim.store..";
  private static final String LIKELIHOOD = "org.reclaim.likelihood..";
  private static final String DEMO = "org.reclaim.demo..";
  private static final String SIMULATION = "org.reclaim.simulation..";
  private static final String APP = "org.reclaim.app..";
  private static final String BENCH = "org.reclaim.bench..";

  @Test
  void theDomainDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ANALYSIS, PLANNER, IO, STORE, LIKELIHOOD, DEMO, SIMULATION, APP, BENCH)
        .check(ALL);
  }

  @ParameterizedTest(name = "{0} depends on the domain only")
  @ValueSource(strings = {ANALYSIS, PLANNER, IO, STORE, LIKELIHOOD})
  void theEnginesAndTheStoreDependOnTheDomainOnly(String module) {
    List<String> others =
        new ArrayList<>(
            List.of(ANALYSIS, PLANNER, IO, STORE, LIKELIHOOD, DEMO, SIMULATION, APP, BENCH));
    others.remove(module);
    noClasses()
        .that()
        .resideInAPackage(module)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others.toArray(String[]::new))
        .check(ALL);
  }

  @Test
  void theDemoWorldKnowsNothingOfTheAppOrTheBenchmarks() {
    noClasses()
        .that()
        .resideInAPackage(DEMO)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SIMULATION, APP, BENCH)
        .check(ALL);
  }

  /**
   * The decision simulator runs the engines on the demo world in memory: it knows nothing of the
   * store, the file formats, the app or the benchmarks.
   */
  @Test
  void theSimulatorRunsTheEnginesAndNothingAbove() {
    noClasses()
        .that()
        .resideInAPackage(SIMULATION)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(STORE, IO, APP, BENCH)
        .check(ALL);
  }

  @Test
  void theServerCarriesNothingOnlyBenchmarksUse() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BENCH)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BENCH, "com.google.ortools..")
        .check(ALL);
  }

  /**
   * Within every module, no two capability packages depend on each other ({@code domain.task} and
   * {@code domain.release} once did). A module's root package is its entry point — the facade
   * ({@code ReclaimStore}, {@code LayerImporter}) and the vocabulary its parts share ({@code
   * Versioned}, {@code ImportReport}) — and is not a slice of its own.
   */
  @Test
  void noCapabilityPackageTakesPartInACycle() {
    slices().matching("org.reclaim.(*).(*)..").should().beFreeOfCycles().check(ALL);
  }

  @Test
  void noSqlOutsideTheStore() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> found = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.toList()) {
        Path sources = module.resolve("src/main/java");
        String name = module.getFileName().toString();
        if (!Files.isDirectory(sources) || name.equals("store") || name.equals("spark-job")) {
          continue; // the store's SQL is the register's; the Spark job's is Spark SQL over files
        }
        try (Stream<Path> files = Files.walk(sources)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
            if (f.toString().contains("/org/reclaim/bench/baseline/")) {
              continue; // the PostGIS yardstick: SQL on purpose
            }
            if (f.getFileName().toString().startsWith("GeoPackage")) {
              continue; // a GeoPackage file is an SQLite database: its SQL is the file format's
            }
            sqlLiterals(Files.readString(f, StandardCharsets.UTF_8))
                .forEach(sql -> found.add(root.relativize(f) + ": " + sql));
          }
        }
      }
    }
    assertThat(found).as("SQL string literals outside the store").isEmpty();
  }

  @Test
  void theSqlCheckFindsSql() {
    assertThat(sqlLiterals("String q = \"SELECT id FROM task WHERE x = ?\";")).hasSize(1);
    assertThat(sqlLiterals("jdbc.update(\"DELETE FROM \" + table);")).hasSize(1);
    assertThat(sqlLiterals("throw new X(\"cannot update the task: it was deleted\");")).isEmpty();
  }

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern SQL =
      Pattern.compile(
          "^\\s*(SELECT\\s|INSERT\\s+INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|CREATE\\s+(TABLE|INDEX)"
              + "|DROP\\s+(TABLE|INDEX)|ALTER\\s+TABLE)");

  private static List<String> sqlLiterals(String source) {
    List<String> out = new ArrayList<>();
    Matcher m = LITERAL.matcher(source);
    while (m.find()) {
      if (SQL.matcher(m.group(1)).find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
