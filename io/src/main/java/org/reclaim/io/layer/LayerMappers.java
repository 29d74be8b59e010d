package org.reclaim.io.layer;

import org.reclaim.io.Layer;

/** The mapper of each layer. */
public final class LayerMappers {
  private LayerMappers() {}

  /** A new mapper for {@code layer}; mappers keep per-file state, so use one per import. */
  public static LayerMapper<?> forLayer(Layer layer) {
    return switch (layer) {
      case HAZARDOUS_AREAS -> new HazardousAreaMapper();
      case EVIDENCE -> new EvidenceMapper();
      case EVIDENCE_LINKS -> new EvidenceLinkMapper();
      case SETTLEMENTS -> new SettlementMapper();
      case ROADS -> new RoadMapper();
      case INFRASTRUCTURE -> new InfrastructureMapper();
      case PARCELS -> new ParcelMapper();
      case RECOVERY_PROJECTS -> new RecoveryProjectMapper();
      case OPERATORS -> new OperatorMapper();
      case ACCREDITATIONS -> new AccreditationMapper();
      case TEAMS -> new TeamMapper();
      case TASKS -> new TaskMapper();
      case LAND_RELEASES -> new LandReleaseMapper();
      case REGIONS -> new RegionMapper();
      case REFERENCE_LINES -> new ReferenceLineMapper();
      case OCCUPATION_SNAPSHOTS -> new OccupationSnapshotMapper();
      case PERSONNEL -> new PeopleMappers.PersonMapper();
      case COURSES -> new PeopleMappers.CourseMapper();
      case QUALIFICATIONS -> new PeopleMappers.QualificationMapper();
      case EORE_SESSIONS -> new PeopleMappers.EoreSessionMapper();
      case ACCIDENTS -> new PeopleMappers.AccidentMapper();
      case CASUALTIES -> new PeopleMappers.CasualtyMapper();
      case REFERRALS -> new PeopleMappers.ReferralMapper();
    };
  }
}
