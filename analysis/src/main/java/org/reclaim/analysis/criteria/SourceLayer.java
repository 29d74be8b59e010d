package org.reclaim.analysis.criteria;

/** The register layer whose records stand behind a criterion value (for explanations). */
public enum SourceLayer {
  SETTLEMENT("settlements"),
  INFRASTRUCTURE("infrastructure"),
  ROAD("roads"),
  PARCEL("parcels"),
  RECOVERY_PROJECT("recovery-projects"),
  EVIDENCE("evidence"),
  /** Derived from the area itself and the productivity tables; no feature behind it. */
  NONE("");

  private final String layer;

  SourceLayer(String layer) {
    this.layer = layer;
  }

  /** The API layer name ({@code /api/v1/{layer}}) of the source features; empty for NONE. */
  public String layer() {
    return layer;
  }
}
