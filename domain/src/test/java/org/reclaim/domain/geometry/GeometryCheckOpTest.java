package org.reclaim.domain.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reclaim.domain.DomainForTest.wkt;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeometryCheckOpTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "valid field", "POLYGON ((36.2 50, 36.21 50, 36.21 50.01, 36.2 50, 36.2 50))", null),
        Arguments.of(
            "valid with hole",
            "POLYGON ((36 50, 36.1 50, 36.1 50.1, 36 50.1, 36 50),"
                + " (36.02 50.02, 36.04 50.02, 36.04 50.04, 36.02 50.02))",
            null),
        Arguments.of(
            "bow-tie self-intersection",
            "POLYGON ((36 50, 36.1 50.1, 36.1 50, 36 50.1, 36 50))",
            GeometryProblem.Kind.INVALID),
        Arguments.of(
            "two distinct vertices",
            "POLYGON ((36 50, 36.1 50, 36.1 50, 36 50))",
            GeometryProblem.Kind.TOO_FEW_VERTICES),
        Arguments.of("latitude first", "POINT (50.0 36.2)", GeometryProblem.Kind.AXES_SWAPPED),
        Arguments.of("latitude over 90", "POINT (36 120)", GeometryProblem.Kind.AXES_SWAPPED),
        Arguments.of("longitude over 180", "POINT (200 10)", GeometryProblem.Kind.OUT_OF_RANGE),
        Arguments.of("in Africa", "POINT (20 5)", GeometryProblem.Kind.OUTSIDE_EXTENT),
        Arguments.of(
            "300 km spike",
            "POLYGON ((36 50, 36.01 50, 40 50.005, 36 50.01, 36 50))",
            GeometryProblem.Kind.VERTEX_SPACING),
        Arguments.of(
            "hole outside shell",
            "POLYGON ((36 50, 36.1 50, 36.1 50.1, 36 50.1, 36 50),"
                + " (36.5 50.5, 36.6 50.5, 36.6 50.6, 36.5 50.5))",
            GeometryProblem.Kind.INVALID),
        Arguments.of("empty", "POLYGON EMPTY", GeometryProblem.Kind.EMPTY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsTheExpectedProblem(String name, String wkt, GeometryProblem.Kind expected) {
    List<GeometryProblem> problems = GeometryCheckOp.check(wkt(wkt));
    if (expected == null) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).extracting(GeometryProblem::kind).containsExactly(expected);
      assertThat(problems.get(0).toString()).isNotBlank();
    }
  }

  @org.junit.jupiter.api.Test
  void selfIntersectionNamesWhere() {
    GeometryProblem p =
        GeometryCheckOp.check(wkt("POLYGON ((36 50, 36.1 50.1, 36.1 50, 36 50.1, 36 50))")).get(0);
    assertThat(p.message()).contains("Self-intersection");
    assertThat(p.location().x).isCloseTo(36.05, org.assertj.core.api.Assertions.within(1e-9));
  }
}
