package org.reclaim.planner.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;
import org.reclaim.planner.problem.MethodRegion;
import org.reclaim.planner.problem.PlanTask;
import org.reclaim.planner.problem.PlanTeam;
import org.reclaim.planner.problem.PlanningProblem;

class DomainProblemMapperTest {
  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 4326);

  // a manual team whose table also (wrongly) lists mechanical cells: the type drops them
  private final Team team =
      new Team(
          5,
          9,
          "Alpha",
          TeamType.MANUAL,
          GF.createPoint(new Coordinate(30.5, 10.5)),
          ProductivityTable.parse("MANUAL/*/*=100;MECHANICAL/FLAT/LIGHT=2000"),
          250,
          List.of());

  private final List<Accreditation> accreditations =
      List.of(
          new Accreditation(
              1, 9, Activity.MANUAL_CLEARANCE, Set.of(3L), START.minusYears(1), START.plusYears(1)),
          // lapsed before the horizon
          new Accreditation(
              2, 9, Activity.MDD, Set.of(3L), START.minusYears(2), START.minusDays(1)),
          // another operator's
          new Accreditation(
              3, 8, Activity.TS, Set.of(3L), START.minusYears(1), START.plusYears(1)));

  private static HazardousArea area() throws ParseException {
    return HazardousArea.builder()
        .id(42)
        .code("HA-42")
        .name("North field")
        .regionId(3L)
        .contamination(Set.of(ContaminationType.AP_MINE))
        .terrain(Terrain.FLAT)
        .vegetation(Vegetation.LIGHT)
        .geometry(
            new WKTReader(GF).read("POLYGON((30 10, 30.01 10, 30.01 10.01, 30 10.01, 30 10))"))
        .build();
  }

  @Test
  void teamKeepsItsOperatorsValidAccreditationsAndItsTypesMethods() {
    PlanTeam planTeam = DomainProblemMapper.team(team, accreditations, START);
    assertThat(planTeam.id()).isEqualTo("5");
    assertThat(planTeam.accreditations())
        .containsExactly(new MethodRegion(ReleaseMethod.MANUAL, 3L));
    assertThat(
            planTeam
                .productivity()
                .m2PerDay(ReleaseMethod.MECHANICAL, Terrain.FLAT, Vegetation.LIGHT))
        .isEmpty();
    assertThat(planTeam.base().lon()).isEqualTo(30.5);
  }

  @Test
  void taskValueIsPriorityTimesArea() throws ParseException {
    HazardousArea area = area();
    PlanTask task = DomainProblemMapper.task(AreaTask.of(area, ReleaseMethod.MANUAL, 0.8));
    assertThat(task.id()).isEqualTo("42/MANUAL");
    assertThat(task.value()).isCloseTo(0.8 * area.areaM2(), within(1e-6));
    assertThat(task.regionId()).isEqualTo(3L);
    assertThat(task.location().lon()).isCloseTo(30.005, within(1e-3));
  }

  @Test
  void mappedProblemGivesTheTeamADurationFromItsProductivity() throws ParseException {
    HazardousArea area = area();
    PlanningProblem problem =
        DomainProblemMapper.map(
            START,
            90,
            List.of(team),
            accreditations,
            List.of(AreaTask.of(area, ReleaseMethod.MANUAL, 1)),
            List.of());
    PlanTeam planTeam = problem.teams().get(0);
    PlanTask task = problem.tasks().get(0);
    // about 1.2 km² at 100 m²/day, rounded up
    assertThat(planTeam.durationDays(task)).hasValue((int) Math.ceil(area.areaM2() / 100 - 1e-9));
    assertThat(planTeam.accredits(task)).isTrue();
  }

  @Test
  void largeAreasAreSplitIntoTasksOfAWorkableSize() throws ParseException {
    HazardousArea area = area(); // about 1.2 km²
    PlanningProblem problem =
        DomainProblemMapper.map(
            START,
            90,
            List.of(team),
            accreditations,
            List.of(AreaTask.of(area, ReleaseMethod.MANUAL, 0.5)),
            List.of(),
            500_000);
    // ⌈1.2 km² ÷ 0.5 km²⌉ = 3 equal parts, area and value shared out
    assertThat(problem.tasks())
        .extracting(PlanTask::id)
        .containsExactly("42/MANUAL#1", "42/MANUAL#2", "42/MANUAL#3");
    assertThat(problem.tasks().stream().mapToDouble(PlanTask::areaM2).sum())
        .isCloseTo(area.areaM2(), within(1e-6));
    assertThat(problem.tasks().get(1).value()).isCloseTo(0.5 * area.areaM2() / 3, within(1e-6));
  }
}
