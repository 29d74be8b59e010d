package org.reclaim.demo;

import java.time.LocalDate;
import java.util.List;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.OccupationSnapshot;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.operator.Operator;
import org.reclaim.domain.region.Region;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.team.Team;

/**
 * One generated data set: every layer as an unmodifiable list of domain records.
 *
 * <p>Identifiers run 1..n within each list, in list order, and every reference (region, area,
 * operator, team, task) points at a record of this set, so a loader can keep them as they are.
 * Regions come first the country (id 1), then the 27 oblasts, then the raions. Records are
 * immutable and so is the set: it may be shared between threads.
 *
 * @param parameters the parameters it was made from
 * @param today the day the history ends; tasks after it are in progress, assigned or planned
 * @param regions country, oblasts ({@code OBLAST}) and raions ({@code RAION}), parents first
 * @param hazardousAreas SHA and CHA, with the status their history left them in
 * @param evidence evidence, most of it near an area
 * @param evidenceLinks links of evidence to the areas it supports or contradicts
 * @param settlements populated places
 * @param roads road and railway segments
 * @param infrastructure critical infrastructure sites
 * @param parcels agricultural parcels
 * @param recoveryProjects recovery projects
 * @param operators operators
 * @param accreditations accreditations of the operators
 * @param teams teams of every type
 * @param tasks tasks, completed in the past and under way, assigned or planned now
 * @param landReleases land released by the completed tasks
 * @param occupationSnapshots the synthetic front line's occupied territory by date
 * @param people personnel and training, EORE, accidents, casualties and referrals
 * @param truth the hidden contamination of every area: never loaded into the register
 */
public record DemoDataSet(
    DemoParameters parameters,
    LocalDate today,
    List<Region> regions,
    List<HazardousArea> hazardousAreas,
    List<Evidence> evidence,
    List<EvidenceLink> evidenceLinks,
    List<Settlement> settlements,
    List<RoadSegment> roads,
    List<CriticalInfrastructure> infrastructure,
    List<AgriculturalParcel> parcels,
    List<RecoveryProject> recoveryProjects,
    List<Operator> operators,
    List<Accreditation> accreditations,
    List<Team> teams,
    List<Task> tasks,
    List<LandRelease> landReleases,
    List<OccupationSnapshot> occupationSnapshots,
    DemoPeople people,
    DemoTruth truth) {

  public DemoDataSet {
    regions = List.copyOf(regions);
    hazardousAreas = List.copyOf(hazardousAreas);
    evidence = List.copyOf(evidence);
    evidenceLinks = List.copyOf(evidenceLinks);
    settlements = List.copyOf(settlements);
    roads = List.copyOf(roads);
    infrastructure = List.copyOf(infrastructure);
    parcels = List.copyOf(parcels);
    recoveryProjects = List.copyOf(recoveryProjects);
    operators = List.copyOf(operators);
    accreditations = List.copyOf(accreditations);
    teams = List.copyOf(teams);
    tasks = List.copyOf(tasks);
    landReleases = List.copyOf(landReleases);
    occupationSnapshots = List.copyOf(occupationSnapshots);
  }
}
