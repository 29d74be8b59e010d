package org.reclaim.store.tables;

import static org.reclaim.store.jdbc.Column.ColumnType.DATE;
import static org.reclaim.store.jdbc.Column.ColumnType.DOUBLE;
import static org.reclaim.store.jdbc.Column.ColumnType.GEOMETRY;
import static org.reclaim.store.jdbc.Column.ColumnType.INT;
import static org.reclaim.store.jdbc.Column.ColumnType.LONG;
import static org.reclaim.store.jdbc.Column.ColumnType.TEXT;

import java.util.List;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceClass;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.TableMapping;

/** Table mappings of the land release records: hazardous areas, evidence, tasks, releases. */
public final class HazardTables {
  private HazardTables() {}

  public static final TableMapping<HazardousArea> HAZARDOUS_AREA =
      new TableMapping<>(
          "HazardousArea",
          "hazardous_area",
          HazardousArea::id,
          List.of(
              Column.of("code", TEXT, HazardousArea::code),
              Column.of("name", TEXT, HazardousArea::name),
              Column.of("region_id", LONG, HazardousArea::regionId),
              Column.of("hazard_class", TEXT, HazardousArea::hazardClass),
              Column.of("status", TEXT, HazardousArea::status),
              Column.of("contamination", TEXT, a -> Codes.join(a.contamination())),
              Column.of("land_use", TEXT, HazardousArea::landUse),
              Column.of("terrain", TEXT, HazardousArea::terrain),
              Column.of("vegetation", TEXT, HazardousArea::vegetation),
              Column.of("area_m2", DOUBLE, HazardousArea::areaM2),
              Column.of("reported_on", DATE, HazardousArea::reportedOn),
              Column.of("geom", GEOMETRY, HazardousArea::geometry)),
          "geom",
          r ->
              new HazardousArea(
                  r.getLong("id"),
                  r.getText("code"),
                  r.getText("name"),
                  r.findLong("region_id"),
                  r.getEnum(HazardClass.class, "hazard_class"),
                  r.getEnum(HazardStatus.class, "status"),
                  Codes.enums(ContaminationType.class, r.getText("contamination")),
                  r.getEnum(LandUse.class, "land_use"),
                  r.getEnum(Terrain.class, "terrain"),
                  r.getEnum(Vegetation.class, "vegetation"),
                  r.getGeometry("geom"),
                  r.getDouble("area_m2"),
                  r.getDate("reported_on")));

  public static final TableMapping<Evidence> EVIDENCE =
      new TableMapping<>(
          "Evidence",
          "evidence",
          Evidence::id,
          List.of(
              Column.of("type", TEXT, Evidence::type),
              Column.of("evidence_class", TEXT, Evidence::evidenceClass),
              Column.of("observed_on", DATE, Evidence::observedOn),
              Column.of("source", TEXT, Evidence::source),
              Column.of("reliability", DOUBLE, Evidence::reliability),
              Column.of("detector_type", TEXT, Evidence::detectorType),
              Column.of("confidence", DOUBLE, Evidence::confidence),
              Column.of("casualties", INT, Evidence::casualties),
              Column.of("geom", GEOMETRY, Evidence::location)),
          "geom",
          r ->
              new Evidence(
                  r.getLong("id"),
                  r.getEnum(EvidenceType.class, "type"),
                  r.getEnum(EvidenceClass.class, "evidence_class"),
                  r.getDate("observed_on"),
                  r.getGeometry("geom"),
                  r.getText("source"),
                  r.getDouble("reliability"),
                  r.getText("detector_type"),
                  r.findDouble("confidence"),
                  r.getInt("casualties")));

  public static final TableMapping<Task> TASK =
      new TableMapping<>(
          "Task",
          "task",
          Task::id,
          List.of(
              Column.of("hazardous_area_id", LONG, Task::hazardousAreaId),
              Column.of("method", TEXT, Task::method),
              Column.of("team_id", LONG, Task::teamId),
              Column.of("status", TEXT, Task::status),
              Column.of("planned_start", DATE, Task::plannedStart),
              Column.of("planned_end", DATE, Task::plannedEnd),
              Column.of("target_area_m2", DOUBLE, Task::targetAreaM2),
              Column.of("cost_usd", DOUBLE, Task::costUsd)),
          null,
          r ->
              new Task(
                  r.getLong("id"),
                  r.getLong("hazardous_area_id"),
                  r.getEnum(ReleaseMethod.class, "method"),
                  r.findLong("team_id"),
                  r.getEnum(TaskStatus.class, "status"),
                  r.getDate("planned_start"),
                  r.getDate("planned_end"),
                  r.getDouble("target_area_m2"),
                  r.getDouble("cost_usd")));

  public static final TableMapping<LandRelease> LAND_RELEASE =
      new TableMapping<>(
          "LandRelease",
          "land_release",
          LandRelease::id,
          List.of(
              Column.of("hazardous_area_id", LONG, LandRelease::hazardousAreaId),
              Column.of("task_id", LONG, LandRelease::taskId),
              Column.of("category", TEXT, LandRelease::category),
              Column.of("area_m2", DOUBLE, LandRelease::areaM2),
              Column.of("released_on", DATE, LandRelease::releasedOn),
              Column.of("items_found", INT, LandRelease::itemsFound)),
          null,
          r ->
              new LandRelease(
                  r.getLong("id"),
                  r.getLong("hazardous_area_id"),
                  r.findLong("task_id"),
                  r.getEnum(ReleaseCategory.class, "category"),
                  r.getDouble("area_m2"),
                  r.getDate("released_on"),
                  r.getInt("items_found")));
}
