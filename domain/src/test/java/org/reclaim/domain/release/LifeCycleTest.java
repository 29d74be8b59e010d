package org.reclaim.domain.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;

/**
 * Every pair of statuses, legal and illegal, for both life cycles, against the tables written out
 * here by hand (IMAS 07.11; a failed QC reopens, IMAS 09.20).
 */
class LifeCycleTest {
  private static final Map<HazardStatus, Set<HazardStatus>> AREA =
      Map.of(
          HazardStatus.SUSPECTED,
              Set.of(HazardStatus.CONFIRMED, HazardStatus.TASKED, HazardStatus.RELEASED),
          HazardStatus.CONFIRMED, Set.of(HazardStatus.TASKED),
          HazardStatus.TASKED,
              Set.of(HazardStatus.IN_PROGRESS, HazardStatus.SUSPECTED, HazardStatus.CONFIRMED),
          HazardStatus.IN_PROGRESS,
              Set.of(HazardStatus.RELEASED, HazardStatus.RESIDUAL_RISK, HazardStatus.TASKED),
          HazardStatus.RELEASED, Set.of(HazardStatus.IN_PROGRESS),
          HazardStatus.RESIDUAL_RISK, Set.of(HazardStatus.TASKED));

  private static final Map<TaskStatus, Set<TaskStatus>> TASK =
      Map.of(
          TaskStatus.PLANNED, Set.of(TaskStatus.ASSIGNED, TaskStatus.SUSPENDED),
          TaskStatus.ASSIGNED,
              Set.of(TaskStatus.IN_PROGRESS, TaskStatus.PLANNED, TaskStatus.SUSPENDED),
          TaskStatus.IN_PROGRESS, Set.of(TaskStatus.COMPLETED, TaskStatus.SUSPENDED),
          TaskStatus.COMPLETED, Set.of(TaskStatus.IN_PROGRESS),
          TaskStatus.SUSPENDED,
              Set.of(TaskStatus.PLANNED, TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS));

  @ParameterizedTest
  @EnumSource(HazardStatus.class)
  void everyAreaTransitionFromThisStatus(HazardStatus from) {
    HazardousArea a =
        HazardousArea.builder()
            .id(1)
            .code("HA-1")
            .name("F")
            .status(from)
            .contamination(Set.of(org.reclaim.domain.hazard.ContaminationType.UXO_ERW))
            .geometry(DomainForTest.wkt(DomainForTest.squareWkt(36.2, 50, 0.001)))
            .build();
    for (HazardStatus to : HazardStatus.values()) {
      if (to == from) {
        continue;
      }
      if (AREA.get(from).contains(to)) {
        assertThat(a.withStatus(to).status()).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> a.withStatus(to))
            .as(from + " → " + to)
            .hasMessageContaining("cannot move from " + from + " to " + to);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TaskStatus.class)
  void everyTaskTransitionFromThisStatus(TaskStatus from) {
    Task t = new Task(1, 1, ReleaseMethod.MANUAL, 2L, from, LocalDate.of(2026, 1, 1), null, 100, 0);
    for (TaskStatus to : TaskStatus.values()) {
      if (to == from) {
        continue;
      }
      if (TASK.get(from).contains(to)) {
        assertThat(t.withStatus(to).status()).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> t.withStatus(to))
            .as(from + " → " + to)
            .hasMessageContaining("cannot move from " + from + " to " + to);
      }
    }
  }
}
