package org.reclaim.domain.evidence;

/** Kinds of evidence Reclaim records, each with the class it usually belongs to. */
public enum EvidenceType {
  /** Explosive ordnance seen by someone (EO sighting report). */
  EO_SIGHTING(EvidenceClass.DIRECT),
  /** Report from the public (hotline, app, local authority), not verified. */
  PUBLIC_REPORT(EvidenceClass.INDIRECT),
  /** Drone imagery detection (e.g. surface-laid mines, craters); direct when confident. */
  DRONE_DETECTION(EvidenceClass.INDIRECT),
  /**
   * Ground or airborne sensor detection (GPR, magnetometer, multispectral); direct when confident.
   */
  SENSOR_DETECTION(EvidenceClass.INDIRECT),
  /** Non-technical survey interview with an informant (IMAS 08.10). */
  NTS_INTERVIEW(EvidenceClass.INDIRECT),
  /** Explosive ordnance accident, with or without casualties (IMAS 10.60). */
  ACCIDENT(EvidenceClass.DIRECT),
  /** Combat or shelling event recorded at the location. */
  COMBAT_EVENT(EvidenceClass.INDIRECT),
  /** The location was on or near the front line at some date. */
  FRONTLINE_HISTORY(EvidenceClass.INDIRECT),
  /** Explosive ordnance found during an earlier survey or clearance task. */
  EO_FOUND(EvidenceClass.DIRECT);

  /** Detector confidence at or above which a detection counts as direct evidence. */
  public static final double DIRECT_DETECTION_CONFIDENCE = 0.8;

  private final EvidenceClass defaultClass;

  EvidenceType(EvidenceClass defaultClass) {
    this.defaultClass = defaultClass;
  }

  /** The class this type of evidence has when nothing else is known. */
  public EvidenceClass defaultClass() {
    return defaultClass;
  }

  /**
   * The class of a piece of evidence of this type: detections with confidence at or above {@link
   * #DIRECT_DETECTION_CONFIDENCE} count as direct, other types keep their default.
   *
   * @param confidence detector confidence in [0, 1], or {@code null}
   */
  public EvidenceClass classify(Double confidence) {
    boolean detection = this == DRONE_DETECTION || this == SENSOR_DETECTION;
    if (detection && confidence != null && confidence >= DIRECT_DETECTION_CONFIDENCE) {
      return EvidenceClass.DIRECT;
    }
    return defaultClass;
  }
}
