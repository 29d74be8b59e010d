package org.reclaim.store.tables;

import static org.reclaim.store.jdbc.Column.ColumnType.DATE;
import static org.reclaim.store.jdbc.Column.ColumnType.DOUBLE;
import static org.reclaim.store.jdbc.Column.ColumnType.GEOMETRY;
import static org.reclaim.store.jdbc.Column.ColumnType.INT;
import static org.reclaim.store.jdbc.Column.ColumnType.LONG;
import static org.reclaim.store.jdbc.Column.ColumnType.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.context.ReferenceLine;
import org.reclaim.domain.handover.Handover;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.quality.InspectionLevel;
import org.reclaim.domain.quality.NonConformity;
import org.reclaim.domain.quality.QaVisit;
import org.reclaim.domain.quality.QcInspection;
import org.reclaim.domain.quality.SamplingPlan;
import org.reclaim.domain.release.CompletionReport;
import org.reclaim.domain.release.ItemFound;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.TableMapping;

/**
 * Table mappings of the records that take land release to the end: completion reports, QA visits
 * and non-conformities, QC inspections, handovers, and the reference lines compensation rules
 * measure from ({@code V3__land_release_workflow.sql}).
 */
public final class ReleaseTables {
  private ReleaseTables() {}

  /** Items found as text: {@code TYPE@depthCm=count;…}, e.g. {@code AP_MINE@10=2;UXO_ERW@30=1}. */
  public static String itemsText(List<ItemFound> items) {
    return items.stream()
        .map(i -> i.type() + "@" + i.depthCm() + "=" + i.count())
        .collect(Collectors.joining(";"));
  }

  /**
   * Parses {@link #itemsText}; a malformed entry is a {@link DomainException} naming {@code items}.
   */
  public static List<ItemFound> parseItems(String text) {
    List<ItemFound> items = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return items;
    }
    for (String part : text.split(";")) {
      String s = part.strip();
      int at = s.indexOf('@');
      int eq = s.indexOf('=');
      try {
        items.add(
            new ItemFound(
                ContaminationType.valueOf(s.substring(0, at).strip()),
                Integer.parseInt(s.substring(at + 1, eq).strip()),
                Integer.parseInt(s.substring(eq + 1).strip())));
      } catch (RuntimeException e) {
        if (e instanceof DomainException d) {
          throw d;
        }
        throw new DomainException(
            "CompletionReport",
            "items",
            "'"
                + s
                + "' is not TYPE@depthCm=count with TYPE one of "
                + java.util.Arrays.toString(ContaminationType.values()));
      }
    }
    return items;
  }

  public static final TableMapping<CompletionReport> COMPLETION_REPORT =
      new TableMapping<>(
          "CompletionReport",
          "completion_report",
          CompletionReport::id,
          List.of(
              Column.of("task_id", LONG, CompletionReport::taskId),
              Column.of("hazardous_area_id", LONG, CompletionReport::hazardousAreaId),
              Column.of("team_id", LONG, CompletionReport::teamId),
              Column.of("started_on", DATE, CompletionReport::startedOn),
              Column.of("completed_on", DATE, CompletionReport::completedOn),
              Column.of("cancelled_m2", DOUBLE, CompletionReport::cancelledM2),
              Column.of("reduced_m2", DOUBLE, CompletionReport::reducedM2),
              Column.of("cleared_m2", DOUBLE, CompletionReport::clearedM2),
              Column.of("residual_risk_m2", DOUBLE, CompletionReport::residualRiskM2),
              Column.of("clearance_depth_cm", INT, CompletionReport::clearanceDepthCm),
              Column.of("items", TEXT, r -> itemsText(r.items())),
              Column.of("remaining_geom", GEOMETRY, CompletionReport::remainingGeometry),
              Column.of("released_geom", GEOMETRY, CompletionReport::releasedGeometry)),
          null,
          r ->
              new CompletionReport(
                  r.getLong("id"),
                  r.getLong("task_id"),
                  r.getLong("hazardous_area_id"),
                  r.getLong("team_id"),
                  r.getDate("started_on"),
                  r.getDate("completed_on"),
                  r.getDouble("cancelled_m2"),
                  r.getDouble("reduced_m2"),
                  r.getDouble("cleared_m2"),
                  r.getDouble("residual_risk_m2"),
                  r.findInt("clearance_depth_cm"),
                  parseItems(r.getText("items")),
                  r.getGeometry("released_geom"),
                  r.getGeometry("remaining_geom")));

  public static final TableMapping<QaVisit> QA_VISIT =
      new TableMapping<>(
          "QaVisit",
          "qa_visit",
          QaVisit::id,
          List.of(
              Column.of("task_id", LONG, QaVisit::taskId),
              Column.of("visited_on", DATE, QaVisit::visitedOn),
              Column.of("inspector", TEXT, QaVisit::inspector),
              Column.of("notes", TEXT, QaVisit::notes)),
          null,
          r ->
              new QaVisit(
                  r.getLong("id"),
                  r.getLong("task_id"),
                  r.getDate("visited_on"),
                  r.getText("inspector"),
                  r.getText("notes")));

  public static final TableMapping<NonConformity> NON_CONFORMITY =
      new TableMapping<>(
          "NonConformity",
          "non_conformity",
          NonConformity::id,
          List.of(
              Column.of("qa_visit_id", LONG, NonConformity::qaVisitId),
              Column.of("type", TEXT, NonConformity::type),
              Column.of("severity", TEXT, NonConformity::severity),
              Column.of("corrective_action", TEXT, NonConformity::correctiveAction),
              Column.of("closed_on", DATE, NonConformity::closedOn)),
          null,
          r ->
              new NonConformity(
                  r.getLong("id"),
                  r.getLong("qa_visit_id"),
                  r.getText("type"),
                  r.getEnum(NonConformity.Severity.class, "severity"),
                  r.getText("corrective_action"),
                  r.getDate("closed_on")));

  public static final TableMapping<QcInspection> QC_INSPECTION =
      new TableMapping<>(
          "QcInspection",
          "qc_inspection",
          QcInspection::id,
          List.of(
              Column.of("task_id", LONG, QcInspection::taskId),
              Column.of("inspected_on", DATE, QcInspection::inspectedOn),
              Column.of("inspector", TEXT, QcInspection::inspector),
              Column.of("lot_size", INT, q -> q.plan().lotSize()),
              Column.of("unit_m2", DOUBLE, q -> q.plan().unitM2()),
              Column.of("inspection_level", TEXT, q -> q.plan().level()),
              Column.of("aql_percent", DOUBLE, q -> q.plan().aqlPercent()),
              Column.of("code_letter", TEXT, q -> String.valueOf(q.plan().codeLetter())),
              Column.of("sample_size", INT, q -> q.plan().sampleSize()),
              Column.of("acceptance_number", INT, q -> q.plan().acceptanceNumber()),
              Column.of("non_conforming_units", INT, QcInspection::nonConformingUnits),
              Column.of("items_found", INT, QcInspection::itemsFound),
              Column.of("result", TEXT, QcInspection::result)),
          null,
          r ->
              new QcInspection(
                  r.getLong("id"),
                  r.getLong("task_id"),
                  r.getDate("inspected_on"),
                  r.getText("inspector"),
                  new SamplingPlan(
                      r.getInt("lot_size"),
                      r.getDouble("unit_m2"),
                      r.getEnum(InspectionLevel.class, "inspection_level"),
                      r.getDouble("aql_percent"),
                      r.getText("code_letter").charAt(0),
                      r.getInt("sample_size"),
                      r.getInt("acceptance_number"),
                      r.getInt("acceptance_number") + 1),
                  r.getInt("non_conforming_units"),
                  r.getInt("items_found")));

  public static final TableMapping<Handover> HANDOVER =
      new TableMapping<>(
          "Handover",
          "handover",
          Handover::id,
          List.of(
              Column.of("hazardous_area_id", LONG, Handover::hazardousAreaId),
              Column.of("certificate_no", TEXT, Handover::certificateNo),
              Column.of("handed_over_on", DATE, Handover::handedOverOn),
              Column.of("recipient", TEXT, Handover::recipient),
              Column.of("released_m2", DOUBLE, Handover::releasedM2),
              Column.of("land_use_after", TEXT, Handover::landUseAfter),
              Column.of("returned_to_use_on", DATE, Handover::returnedToUseOn)),
          null,
          r ->
              new Handover(
                  r.getLong("id"),
                  r.getLong("hazardous_area_id"),
                  r.getText("certificate_no"),
                  r.getDate("handed_over_on"),
                  r.getText("recipient"),
                  r.getDouble("released_m2"),
                  r.getEnum(LandUse.class, "land_use_after"),
                  r.getDate("returned_to_use_on")));

  public static final TableMapping<ReferenceLine> REFERENCE_LINE =
      new TableMapping<>(
          "ReferenceLine",
          "reference_line",
          ReferenceLine::id,
          List.of(
              Column.of("kind", TEXT, ReferenceLine::kind),
              Column.of("name", TEXT, ReferenceLine::name),
              Column.of("valid_on", DATE, ReferenceLine::validOn),
              Column.of("geom", GEOMETRY, ReferenceLine::geometry)),
          "geom",
          r ->
              new ReferenceLine(
                  r.getLong("id"),
                  r.getEnum(ReferenceLine.Kind.class, "kind"),
                  r.getText("name"),
                  r.getDate("valid_on"),
                  r.getGeometry("geom")));
}
