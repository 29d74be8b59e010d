package org.reclaim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A good fixture for every layer imports with no issue and yields its records. */
class LayerFixturesTest {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(Layer.HAZARDOUS_AREAS, "hazardous-areas.geojson", 2),
        Arguments.of(Layer.HAZARDOUS_AREAS, "hazardous-areas.csv", 2),
        Arguments.of(Layer.EVIDENCE, "evidence.csv", 4),
        Arguments.of(Layer.EVIDENCE, "evidence.geojson", 2),
        Arguments.of(Layer.EVIDENCE_LINKS, "evidence-links.csv", 3),
        Arguments.of(Layer.SETTLEMENTS, "settlements.csv", 2),
        Arguments.of(Layer.ROADS, "roads.geojson", 2),
        Arguments.of(Layer.INFRASTRUCTURE, "infrastructure.csv", 3),
        Arguments.of(Layer.PARCELS, "parcels.geojson", 1),
        Arguments.of(Layer.RECOVERY_PROJECTS, "recovery-projects.csv", 2),
        Arguments.of(Layer.OPERATORS, "operators.csv", 3),
        Arguments.of(Layer.ACCREDITATIONS, "accreditations.csv", 2),
        Arguments.of(Layer.TEAMS, "teams.csv", 2),
        Arguments.of(Layer.TASKS, "tasks.csv", 2),
        Arguments.of(Layer.LAND_RELEASES, "land-releases.csv", 2),
        Arguments.of(Layer.REGIONS, "regions.geojson", 2),
        Arguments.of(Layer.REFERENCE_LINES, "reference-lines.csv", 2),
        Arguments.of(Layer.OCCUPATION_SNAPSHOTS, "occupation-snapshots.geojson", 2),
        Arguments.of(Layer.PERSONNEL, "personnel.csv", 3),
        Arguments.of(Layer.COURSES, "courses.csv", 2),
        Arguments.of(Layer.QUALIFICATIONS, "qualifications.csv", 3),
        Arguments.of(Layer.EORE_SESSIONS, "eore-sessions.csv", 2),
        Arguments.of(Layer.ACCIDENTS, "accidents.geojson", 2),
        Arguments.of(Layer.CASUALTIES, "casualties.csv", 3),
        Arguments.of(Layer.REFERRALS, "referrals.csv", 2));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("fixtures")
  void goodFixtureImportsEveryRecord(Layer layer, String fixture, int expected) {
    ImportResult<?> result = ImportForTest.fixture(layer, fixture);

    assertThat(result.report().issues()).isEmpty();
    assertThat(result.ok()).isTrue();
    assertThat(result.report().recordsRead()).isEqualTo(expected);
    assertThat(result.requireOk()).hasSize(expected).allMatch(layer.recordType()::isInstance);
  }

  @org.junit.jupiter.api.Test
  void everyLayerHasAFixture() {
    assertThat(fixtures().map(a -> a.get()[0]).distinct()).hasSize(Layer.values().length);
  }
}
