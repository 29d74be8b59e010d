package org.reclaim.domain.quality;

/**
 * A single sampling plan for one QC lot (ISO 2859-1, normal inspection): draw {@code sampleSize}
 * sampling units at random from the {@code lotSize} units of the lot and inspect them; accept the
 * lot when at most {@code acceptanceNumber} non-conforming units are found, reject it at {@code
 * rejectionNumber} or more.
 *
 * @param lotSize sampling units in the lot, {@code >= 1}
 * @param unitM2 m² of one sampling unit
 * @param level inspection level
 * @param aqlPercent acceptance quality limit, % non-conforming units
 * @param codeLetter ISO 2859-1 sample size code letter (Table I); for 100 % inspection the letter
 *     of the lot before it was capped
 * @param sampleSize units to inspect, never more than {@code lotSize}
 * @param acceptanceNumber Ac
 * @param rejectionNumber Re = Ac + 1 for single sampling
 */
public record SamplingPlan(
    int lotSize,
    double unitM2,
    InspectionLevel level,
    double aqlPercent,
    char codeLetter,
    int sampleSize,
    int acceptanceNumber,
    int rejectionNumber) {

  /** Whether every unit of the lot is inspected (the sample would be as large as the lot). */
  public boolean isFullInspection() {
    return sampleSize == lotSize;
  }

  /** m² inspected. */
  public double sampleM2() {
    return sampleSize * unitM2;
  }

  /** Whether a sample with {@code nonConforming} units accepts the lot. */
  public boolean accepts(int nonConforming) {
    return nonConforming <= acceptanceNumber;
  }
}
