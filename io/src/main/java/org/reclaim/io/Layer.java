package org.reclaim.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.OccupationSnapshot;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.ReferenceLine;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.operator.Operator;
import org.reclaim.domain.people.Accident;
import org.reclaim.domain.people.Casualty;
import org.reclaim.domain.people.Course;
import org.reclaim.domain.people.EoreSession;
import org.reclaim.domain.people.Person;
import org.reclaim.domain.people.Qualification;
import org.reclaim.domain.people.Referral;
import org.reclaim.domain.region.Region;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.team.Team;

/**
 * The kinds of record Reclaim imports, one per file. Each layer has the name used on the command
 * line and in the HTTP API ({@code reclaim import hazardous-areas areas.geojson}) and the domain
 * type its records map to. The columns and properties of each layer are documented in {@code
 * io/README.md}.
 */
public enum Layer {
  HAZARDOUS_AREAS("hazardous-areas", HazardousArea.class),
  EVIDENCE("evidence", Evidence.class),
  EVIDENCE_LINKS("evidence-links", EvidenceLink.class),
  SETTLEMENTS("settlements", Settlement.class),
  ROADS("roads", RoadSegment.class),
  INFRASTRUCTURE("infrastructure", CriticalInfrastructure.class),
  PARCELS("parcels", AgriculturalParcel.class),
  RECOVERY_PROJECTS("recovery-projects", RecoveryProject.class),
  OPERATORS("operators", Operator.class),
  ACCREDITATIONS("accreditations", Accreditation.class),
  TEAMS("teams", Team.class),
  TASKS("tasks", Task.class),
  LAND_RELEASES("land-releases", LandRelease.class),
  REGIONS("regions", Region.class),
  REFERENCE_LINES("reference-lines", ReferenceLine.class),
  OCCUPATION_SNAPSHOTS("occupation-snapshots", OccupationSnapshot.class),
  PERSONNEL("personnel", Person.class),
  COURSES("courses", Course.class),
  QUALIFICATIONS("qualifications", Qualification.class),
  EORE_SESSIONS("eore-sessions", EoreSession.class),
  ACCIDENTS("accidents", Accident.class),
  CASUALTIES("casualties", Casualty.class),
  REFERRALS("referrals", Referral.class);

  private final String cliName;
  private final Class<?> recordType;

  Layer(String cliName, Class<?> recordType) {
    this.cliName = cliName;
    this.recordType = recordType;
  }

  /** The name on the command line and in API paths, e.g. {@code hazardous-areas}. */
  public String cliName() {
    return cliName;
  }

  /** The domain record type this layer's records map to, e.g. {@code HazardousArea.class}. */
  public Class<?> recordType() {
    return recordType;
  }

  /**
   * The layer with this CLI name; case-insensitive, and the enum constant name ({@code
   * HAZARDOUS_AREAS}) is accepted too.
   *
   * @throws IllegalArgumentException naming every valid layer name when {@code name} is none
   */
  public static Layer fromCliName(String name) {
    if (name != null) {
      String key = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      for (Layer layer : values()) {
        if (layer.cliName.equals(key)) {
          return layer;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown layer '"
            + name
            + "'; expected one of: "
            + Arrays.stream(values()).map(Layer::cliName).collect(Collectors.joining(", ")));
  }

  /**
   * Whether the layer's records are about people (personnel, training, EORE, accidents, casualties,
   * referrals), whose reading is restricted by role.
   */
  public boolean isPeople() {
    return ordinal() >= PERSONNEL.ordinal();
  }

  @Override
  public String toString() {
    return cliName;
  }
}
