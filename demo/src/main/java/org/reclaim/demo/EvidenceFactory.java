package org.reclaim.demo;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceType;

/**
 * Makes one piece of evidence of a given type: source, reliability, detector and confidence,
 * casualties.
 *
 * <p>Reliabilities are <em>assumptions</em> ordered as IMSMA practice orders sources: items found
 * by an operator and accidents are near certain, EO sightings and combat records good, NTS
 * interviews fair, unverified public reports poor. Detections carry a detector and a confidence; at
 * or above {@link EvidenceType#DIRECT_DETECTION_CONFIDENCE} they count as direct evidence ({@link
 * Evidence#of} derives the class). Accidents have 0–4 casualties, one in five none (a vehicle or
 * animal struck).
 */
final class EvidenceFactory {
  private static final List<String> DRONE_DETECTORS =
      List.of(
          "UAV RGB camera", "UAV thermal camera", "UAV multispectral camera", "UAV magnetometer");
  private static final List<String> SENSORS =
      List.of("ground-penetrating radar", "magnetometer array", "dual-sensor detector");

  private EvidenceFactory() {}

  /** Where a piece of evidence was collected, which sets how confident a detection is. */
  enum Site {
    /** At an area that holds ordnance: detections see something. */
    NEAR_ORDNANCE,
    /** At an area that holds none: detections are false alarms, less confident. */
    NEAR_CLEAN,
    /** A wide-area scan away from any area. */
    SCATTERED
  }

  /** Makes the evidence; {@code site} sets a detection's confidence. */
  static Evidence make(long id, EvidenceType type, LocalDate on, Point at, Site site, Draw d) {
    String detector = null;
    Double confidence = null;
    int casualties = 0;
    double reliability;
    String source;
    switch (type) {
      case EO_SIGHTING -> {
        reliability = d.uniform(0.6, 0.9);
        source = d.chance(0.5) ? "EO sighting report (police)" : "EO sighting report (resident)";
      }
      case PUBLIC_REPORT -> {
        reliability = d.uniform(0.25, 0.6);
        source = d.chance(0.6) ? "public hotline" : "local authority report";
      }
      case DRONE_DETECTION, SENSOR_DETECTION -> {
        boolean drone = type == EvidenceType.DRONE_DETECTION;
        detector = drone ? d.pick(DRONE_DETECTORS) : d.pick(SENSORS);
        confidence =
            round3(
                switch (site) {
                  case NEAR_ORDNANCE -> d.uniform(0.55, 0.99);
                  case NEAR_CLEAN -> d.uniform(0.3, 0.85);
                  case SCATTERED -> d.uniform(0.2, 0.85);
                });
        reliability = round3(0.5 + 0.45 * confidence);
        source = drone ? "drone survey" : "sensor survey";
      }
      case NTS_INTERVIEW -> {
        reliability = d.uniform(0.5, 0.85);
        source = "operator NTS team";
      }
      case ACCIDENT -> {
        reliability = d.uniform(0.9, 1.0);
        casualties = d.chance(0.2) ? 0 : d.between(1, 4);
        source = "accident report (IMAS 10.60)";
      }
      case COMBAT_EVENT -> {
        reliability = d.uniform(0.6, 0.9);
        source = "combat event log";
      }
      case FRONTLINE_HISTORY -> {
        reliability = d.uniform(0.7, 0.95);
        source = "front-line history";
      }
      case EO_FOUND -> {
        reliability = d.uniform(0.95, 1.0);
        source = "operator completion report";
      }
      default -> throw new IllegalArgumentException("unknown evidence type " + type);
    }
    return Evidence.of(
        id, type, on, at, source, round3(reliability), detector, confidence, casualties);
  }

  private static double round3(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
