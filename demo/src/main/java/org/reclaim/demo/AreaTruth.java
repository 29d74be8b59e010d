package org.reclaim.demo;

/**
 * What a hazardous area of the demo world really holds: drawn before any evidence and hidden from
 * every engine (the register never stores it). The likelihood benchmark scores models against it,
 * and the decision simulator lets tasks find what it says is there.
 *
 * @param areaId the hazardous area
 * @param probability the chance of contamination it was drawn with
 * @param contaminated whether explosive ordnance is there
 * @param contaminatedShare share of the area's surface that holds it (0 when clean)
 * @param itemsPerHa items per hectare of the contaminated part (0 when clean)
 */
public record AreaTruth(
    long areaId,
    double probability,
    boolean contaminated,
    double contaminatedShare,
    double itemsPerHa) {
  /** Contaminated m² of an area of {@code areaM2}. */
  public double contaminatedM2(double areaM2) {
    return contaminated ? contaminatedShare * areaM2 : 0;
  }
}
