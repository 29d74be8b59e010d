package org.reclaim.store.tables;

import static org.reclaim.store.jdbc.Column.ColumnType.DATE;
import static org.reclaim.store.jdbc.Column.ColumnType.DOUBLE;
import static org.reclaim.store.jdbc.Column.ColumnType.GEOMETRY;
import static org.reclaim.store.jdbc.Column.ColumnType.INT;
import static org.reclaim.store.jdbc.Column.ColumnType.LONG;
import static org.reclaim.store.jdbc.Column.ColumnType.TEXT;

import java.util.List;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.OccupationSnapshot;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.region.Region;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.TableMapping;

/** Table mappings of regions and context layers. */
public final class ContextTables {
  private ContextTables() {}

  public static final TableMapping<Region> REGION =
      new TableMapping<>(
          "Region",
          "region",
          Region::id,
          List.of(
              Column.of("code", TEXT, Region::code),
              Column.of("name", TEXT, Region::name),
              Column.of("level", TEXT, Region::level),
              Column.of("parent_id", LONG, Region::parentId),
              Column.of("geom", GEOMETRY, Region::boundary)),
          "geom",
          r ->
              new Region(
                  r.getLong("id"),
                  r.getText("code"),
                  r.getText("name"),
                  r.getEnum(Region.Level.class, "level"),
                  r.findLong("parent_id"),
                  r.getGeometry("geom")));

  public static final TableMapping<Settlement> SETTLEMENT =
      new TableMapping<>(
          "Settlement",
          "settlement",
          Settlement::id,
          List.of(
              Column.of("name", TEXT, Settlement::name),
              Column.of("population", INT, Settlement::population),
              Column.of("region_id", LONG, Settlement::regionId),
              Column.of("geom", GEOMETRY, Settlement::location)),
          "geom",
          r ->
              new Settlement(
                  r.getLong("id"),
                  r.getText("name"),
                  r.getInt("population"),
                  (Point) r.getGeometry("geom"),
                  r.findLong("region_id")));

  public static final TableMapping<RoadSegment> ROAD_SEGMENT =
      new TableMapping<>(
          "RoadSegment",
          "road_segment",
          RoadSegment::id,
          List.of(
              Column.of("kind", TEXT, RoadSegment::kind),
              Column.of("road_class", TEXT, RoadSegment::roadClass),
              Column.of("geom", GEOMETRY, RoadSegment::geometry)),
          "geom",
          r ->
              new RoadSegment(
                  r.getLong("id"),
                  r.getEnum(RoadSegment.Kind.class, "kind"),
                  r.getText("road_class"),
                  r.getGeometry("geom")));

  public static final TableMapping<CriticalInfrastructure> INFRASTRUCTURE =
      new TableMapping<>(
          "CriticalInfrastructure",
          "critical_infrastructure",
          CriticalInfrastructure::id,
          List.of(
              Column.of("kind", TEXT, CriticalInfrastructure::kind),
              Column.of("name", TEXT, CriticalInfrastructure::name),
              Column.of("geom", GEOMETRY, CriticalInfrastructure::geometry)),
          "geom",
          r ->
              new CriticalInfrastructure(
                  r.getLong("id"),
                  r.getEnum(CriticalInfrastructure.Kind.class, "kind"),
                  r.getText("name"),
                  r.getGeometry("geom")));

  public static final TableMapping<AgriculturalParcel> PARCEL =
      new TableMapping<>(
          "AgriculturalParcel",
          "agricultural_parcel",
          AgriculturalParcel::id,
          List.of(
              Column.of("crop", TEXT, AgriculturalParcel::crop),
              Column.of("value_usd_per_ha", DOUBLE, AgriculturalParcel::valueUsdPerHa),
              Column.of("area_m2", DOUBLE, AgriculturalParcel::areaM2),
              Column.of("geom", GEOMETRY, AgriculturalParcel::geometry)),
          "geom",
          r ->
              new AgriculturalParcel(
                  r.getLong("id"),
                  r.getText("crop"),
                  r.getDouble("value_usd_per_ha"),
                  r.getGeometry("geom"),
                  r.getDouble("area_m2")));

  /** Occupied territory by date (front-line snapshots), V6. */
  public static final TableMapping<OccupationSnapshot> OCCUPATION_SNAPSHOT =
      new TableMapping<>(
          "OccupationSnapshot",
          "occupation_snapshot",
          OccupationSnapshot::id,
          List.of(
              Column.of("valid_on", DATE, OccupationSnapshot::validOn),
              Column.of("source", TEXT, OccupationSnapshot::source),
              Column.of("geom", GEOMETRY, OccupationSnapshot::geometry)),
          "geom",
          r ->
              new OccupationSnapshot(
                  r.getLong("id"),
                  r.getDate("valid_on"),
                  r.getText("source"),
                  r.getGeometry("geom")));

  public static final TableMapping<RecoveryProject> RECOVERY_PROJECT =
      new TableMapping<>(
          "RecoveryProject",
          "recovery_project",
          RecoveryProject::id,
          List.of(
              Column.of("name", TEXT, RecoveryProject::name),
              Column.of("sector", TEXT, RecoveryProject::sector),
              Column.of("status", TEXT, RecoveryProject::status),
              Column.of("budget_usd", DOUBLE, RecoveryProject::budgetUsd),
              Column.of("planned_start", DATE, RecoveryProject::plannedStart),
              Column.of("geom", GEOMETRY, RecoveryProject::geometry)),
          "geom",
          r ->
              new RecoveryProject(
                  r.getLong("id"),
                  r.getText("name"),
                  r.getText("sector"),
                  r.getEnum(RecoveryProject.Status.class, "status"),
                  r.getDouble("budget_usd"),
                  r.getDate("planned_start"),
                  r.getGeometry("geom")));
}
