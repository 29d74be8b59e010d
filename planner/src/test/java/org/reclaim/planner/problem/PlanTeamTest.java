package org.reclaim.planner.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.ProductivityTable;

class PlanTeamTest {
  private final PlanTeam team =
      new PlanTeam(
          "A",
          null,
          250,
          List.of(),
          Set.of(new MethodRegion(ReleaseMethod.MANUAL, 7L)),
          ProductivityTable.parse("MANUAL/FLAT/LIGHT=300"),
          Map.of("explicit", 9));

  private static PlanTask task(String id, long region, Terrain terrain, double areaM2) {
    return new PlanTask(
        id, 1L, region, ReleaseMethod.MANUAL, terrain, Vegetation.LIGHT, areaM2, 1, null, 0, null);
  }

  @Test
  void durationIsAreaOverProductivityRoundedUp() {
    // 1,000 m² ÷ 300 m²/day = 3.33 → 4 working days; 900 m² → exactly 3
    assertThat(team.durationDays(task("a", 7, Terrain.FLAT, 1000))).hasValue(4);
    assertThat(team.durationDays(task("b", 7, Terrain.FLAT, 900))).hasValue(3);
  }

  @Test
  void noProductivityCellMeansNoDuration() {
    assertThat(team.durationDays(task("a", 7, Terrain.STEEP, 1000))).isEmpty();
  }

  @Test
  void explicitDurationOverridesTheTable() {
    assertThat(team.durationDays(task("explicit", 7, Terrain.STEEP, 1000))).hasValue(9);
  }

  @Test
  void accreditationIsPerMethodAndRegion() {
    assertThat(team.accredits(task("a", 7, Terrain.FLAT, 1))).isTrue();
    assertThat(team.accredits(task("a", 8, Terrain.FLAT, 1))).isFalse();
    assertThat(team.accredits(PlanTask.generic("g", 1, 0))).isTrue();
  }

  @Test
  void anAccreditationEverywhereCoversEveryRegionAndATaskWithoutOne() {
    PlanTeam everywhere =
        new PlanTeam(
            "E",
            null,
            100,
            java.util.List.of(),
            java.util.Set.of(new MethodRegion(ReleaseMethod.MANUAL, null)),
            org.reclaim.domain.team.ProductivityTable.builder().build(),
            java.util.Map.of());
    PlanTask noRegion =
        new PlanTask(
            "n",
            1L,
            null,
            ReleaseMethod.MANUAL,
            Terrain.FLAT,
            Vegetation.LIGHT,
            1,
            1,
            null,
            0,
            null);
    assertThat(everywhere.accredits(task("a", 7, Terrain.FLAT, 1))).isTrue();
    assertThat(everywhere.accredits(noRegion)).isTrue();
    // an accreditation in one region does not cover a task with no region
    assertThat(team.accredits(noRegion)).isFalse();
    PlanTask otherMethod =
        new PlanTask(
            "m", 1L, 7L, ReleaseMethod.MDD, Terrain.FLAT, Vegetation.LIGHT, 1, 1, null, 0, null);
    assertThat(everywhere.accredits(otherMethod)).isFalse();
  }

  @Test
  void problemRejectsAnInProgressTaskItsTeamCannotDo() {
    PlanTask started = task("a", 7, Terrain.STEEP, 1000).withInProgressTeam("A");
    assertThatThrownBy(
            () ->
                new PlanningProblem(
                    ProblemsForTest.START, 10, List.of(team), List.of(started), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PlanTask[a].inProgressTeamId");
  }
}
