package org.reclaim.domain.release;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * What a team reports when its task ends (IMAS 07.11 §5, 08.10, 08.20, 09.10): the m² cancelled,
 * reduced and cleared, the items found by type and depth, the clearance depth, the dates and the
 * team, and the m² left as residual risk.
 *
 * <p>The released part may be drawn ({@code releasedGeometry}); {@link ReleaseWorkflow} then
 * subtracts it from what is left of the hazardous area ({@link PartialReleaseOp}) and keeps the
 * remainder in {@code remainingGeometry}.
 *
 * @param id positive identifier
 * @param taskId the task reported on
 * @param hazardousAreaId the task's area
 * @param teamId the team that did the work
 * @param startedOn first day of work
 * @param completedOn last day of work, not before {@code startedOn}
 * @param cancelledM2 m² cancelled by non-technical survey, {@code >= 0}
 * @param reducedM2 m² reduced by technical survey, {@code >= 0}
 * @param clearedM2 m² cleared, {@code >= 0}
 * @param residualRiskM2 m² left with known residual risk, recorded and marked, {@code >= 0}
 * @param clearanceDepthCm depth cleared to, cm; required when {@code clearedM2 > 0}, else {@code
 *     null}
 * @param items items found, by type and depth
 * @param releasedGeometry polygon of the released part, WGS84, or {@code null}
 * @param remainingGeometry polygon of the area still hazardous after this report, or {@code null}
 *     when the released part was not drawn or nothing remains
 */
public record CompletionReport(
    long id,
    long taskId,
    long hazardousAreaId,
    long teamId,
    LocalDate startedOn,
    LocalDate completedOn,
    double cancelledM2,
    double reducedM2,
    double clearedM2,
    double residualRiskM2,
    Integer clearanceDepthCm,
    List<ItemFound> items,
    Geometry releasedGeometry,
    Geometry remainingGeometry) {
  private static final String E = "CompletionReport";

  public CompletionReport {
    Check.id(E, "id", id);
    Check.id(E, "taskId", taskId);
    Check.id(E, "hazardousAreaId", hazardousAreaId);
    Check.id(E, "teamId", teamId);
    Check.notNull(E, "startedOn", startedOn);
    Check.notNull(E, "completedOn", completedOn);
    Check.ordered(E, "completedOn", startedOn, completedOn);
    Check.nonNegative(E, "cancelledM2", cancelledM2);
    Check.nonNegative(E, "reducedM2", reducedM2);
    Check.nonNegative(E, "clearedM2", clearedM2);
    Check.nonNegative(E, "residualRiskM2", residualRiskM2);
    if (clearedM2 > 0 && clearanceDepthCm == null) {
      throw new DomainException(
          E, "clearanceDepthCm", "is required when land is cleared (IMAS 09.10)");
    }
    if (clearanceDepthCm != null && clearanceDepthCm <= 0) {
      throw new DomainException(E, "clearanceDepthCm", "must be > 0, was " + clearanceDepthCm);
    }
    items = List.copyOf(Check.notNull(E, "items", items));
    polygonal("releasedGeometry", releasedGeometry);
    polygonal("remainingGeometry", remainingGeometry);
  }

  private static void polygonal(String field, Geometry g) {
    if (g != null && (!(g instanceof Polygonal) || g.isEmpty())) {
      throw new DomainException(E, field, "must be a non-empty polygon or multipolygon");
    }
  }

  /** m² released in {@code category}. */
  public double releasedM2(ReleaseCategory category) {
    return switch (category) {
      case CANCELLED -> cancelledM2;
      case REDUCED -> reducedM2;
      case CLEARED -> clearedM2;
    };
  }

  /** m² released in all categories. */
  public double releasedM2() {
    return cancelledM2 + reducedM2 + clearedM2;
  }

  /** Items found, all types and depths. */
  public int itemCount() {
    return items.stream().mapToInt(ItemFound::count).sum();
  }

  /** A copy with the remainder computed by {@link PartialReleaseOp}. */
  public CompletionReport withRemainingGeometry(Geometry remaining) {
    return new CompletionReport(
        id,
        taskId,
        hazardousAreaId,
        teamId,
        startedOn,
        completedOn,
        cancelledM2,
        reducedM2,
        clearedM2,
        residualRiskM2,
        clearanceDepthCm,
        items,
        releasedGeometry,
        remaining);
  }
}
