package org.reclaim.domain.evidence;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * A dated, located observation bearing on whether land is contaminated.
 *
 * @param id positive identifier
 * @param type what kind of observation
 * @param evidenceClass direct or indirect; usually {@link EvidenceType#classify(Double)}
 * @param observedOn date of the observation
 * @param location point (usually) or other geometry, WGS84
 * @param source who reported it (organisation, system or programme), free text
 * @param reliability how far the source is trusted, in [0, 1]
 * @param detectorType detector or sensor model for detections, or {@code null}
 * @param confidence detector confidence in [0, 1] for detections, or {@code null}
 * @param casualties people killed or injured, for accidents; 0 otherwise
 */
public record Evidence(
    long id,
    EvidenceType type,
    EvidenceClass evidenceClass,
    LocalDate observedOn,
    Geometry location,
    String source,
    double reliability,
    String detectorType,
    Double confidence,
    int casualties) {

  private static final String E = "Evidence";

  public Evidence {
    Check.id(E, "id", id);
    Check.notNull(E, "type", type);
    Check.notNull(E, "evidenceClass", evidenceClass);
    Check.notNull(E, "observedOn", observedOn);
    Check.notNull(E, "location", location);
    if (location.isEmpty()) {
      throw new DomainException(E, "location", "must not be empty");
    }
    source = Check.notBlank(E, "source", source);
    Check.fraction(E, "reliability", reliability);
    if (confidence != null) {
      Check.fraction(E, "confidence", confidence);
    }
    Check.nonNegative(E, "casualties", casualties);
    if (casualties > 0 && type != EvidenceType.ACCIDENT) {
      throw new DomainException(E, "casualties", "only accidents record casualties");
    }
  }

  /** Evidence whose class follows from its type and confidence. */
  public static Evidence of(
      long id,
      EvidenceType type,
      LocalDate observedOn,
      Geometry location,
      String source,
      double reliability,
      String detectorType,
      Double confidence,
      int casualties) {
    Check.notNull(E, "type", type);
    return new Evidence(
        id,
        type,
        type.classify(confidence),
        observedOn,
        location,
        source,
        reliability,
        detectorType,
        confidence,
        casualties);
  }
}
