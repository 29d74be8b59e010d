package org.reclaim.app;

import java.time.LocalDate;
import java.util.EnumSet;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;

/** Fixtures of the land release tests: tasks of team 90 and small areas in region 1. */
final class ReleaseForTest {
  private ReleaseForTest() {}

  /** A manual clearance task of team 90 for April 2026, 1,000 m² planned, no cost yet. */
  static Task task(long id, long areaId, TaskStatus status) {
    return new Task(
        id,
        areaId,
        ReleaseMethod.MANUAL,
        90L,
        status,
        LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 4, 30),
        1000,
        0);
  }

  /** An AP-mine SHA on pasture in region 1: a square of 0.004° at ({@code lon}, 50° N). */
  static HazardousArea.Builder area(long id, double lon) {
    return HazardousArea.builder()
        .id(id)
        .code("HA-" + id)
        .name("Orchard " + id)
        .regionId(1L)
        .contamination(EnumSet.of(ContaminationType.AP_MINE))
        .landUse(LandUse.PASTURE)
        .geometry(DomainForTest.wkt(DomainForTest.squareWkt(lon, 50.0, 0.002)));
  }
}
