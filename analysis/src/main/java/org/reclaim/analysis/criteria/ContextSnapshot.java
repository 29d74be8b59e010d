package org.reclaim.analysis.criteria;

import java.time.Instant;
import java.util.List;
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
    List<Team> teams) {

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
  }
}
