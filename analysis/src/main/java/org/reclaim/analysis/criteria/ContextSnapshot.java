package org.reclaim.analysis.criteria;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.team.Team;

/**
 * The part of the register the prioritisation engine reads, taken at one moment. Lists are copied
 * by reference (the caller hands them over and does not change them afterwards).
 *
 * @param takenAt when the snapshot was read from the store; recorded with each ranking run
 * @param areas the hazardous areas to rank (typically those not yet released)
 * @param teams teams whose productivity tables and day rates price the release of each area
 * @param likelihood area id → probability of contamination from the active likelihood model; empty
 *     when there is none (the criterion then falls back to the area's class)
 */
public record ContextSnapshot(
    Instant takenAt,
    List<HazardousArea> areas,
    List<Evidence> evidence,
    List<Settlement> settlements,
    List<RoadSegment> roads,
    List<CriticalInfrastructure> infrastructure,
    List<AgriculturalParcel> parcels,
    List<RecoveryProject> recoveryProjects,
    List<Team> teams,
    Map<Long, Double> likelihood) {

  /** Requires every list (empty is fine). */
  public ContextSnapshot {
    Objects.requireNonNull(takenAt, "takenAt");
    Objects.requireNonNull(areas, "areas");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(settlements, "settlements");
    Objects.requireNonNull(roads, "roads");
    Objects.requireNonNull(infrastructure, "infrastructure");
    Objects.requireNonNull(parcels, "parcels");
    Objects.requireNonNull(recoveryProjects, "recoveryProjects");
    Objects.requireNonNull(teams, "teams");
    Objects.requireNonNull(likelihood, "likelihood");
  }

  /** A snapshot without a likelihood model. */
  public ContextSnapshot(
      Instant takenAt,
      List<HazardousArea> areas,
      List<Evidence> evidence,
      List<Settlement> settlements,
      List<RoadSegment> roads,
      List<CriticalInfrastructure> infrastructure,
      List<AgriculturalParcel> parcels,
      List<RecoveryProject> recoveryProjects,
      List<Team> teams) {
    this(
        takenAt,
        areas,
        evidence,
        settlements,
        roads,
        infrastructure,
        parcels,
        recoveryProjects,
        teams,
        Map.of());
  }
}
