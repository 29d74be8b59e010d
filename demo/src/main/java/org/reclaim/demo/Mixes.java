package org.reclaim.demo;

import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;

/**
 * Categorical draws for hazardous areas and evidence. The land-use, terrain and vegetation mixes
 * are <em>assumptions</em>: Ukraine's contaminated land is mostly farmland on the flat or rolling
 * steppe and forest-steppe (priority farmland 470,000 ha, mine_action_figures.csv UA18), with
 * forest belts, settlements and infrastructure; fields left since 2022 are overgrown.
 */
final class Mixes {
  private static final LandUse[] LAND_USES = LandUse.values();
  private static final double[] LAND_USE_MIX = {
    // AGRICULTURE, PASTURE, FOREST, RESIDENTIAL, INFRASTRUCTURE, INDUSTRIAL, WATER, OTHER
    0.45, 0.10, 0.15, 0.08, 0.08, 0.04, 0.02, 0.08
  };
  private static final EvidenceType[] TYPES = EvidenceType.values();
  private static final double[] LINKED_MIX = new double[TYPES.length];
  private static final double[] NOISE_MIX = new double[TYPES.length];
  private static final double[] NEAR_ORDNANCE_MIX = new double[TYPES.length];
  private static final double[] NEAR_CLEAN_MIX = new double[TYPES.length];

  static {
    for (int i = 0; i < TYPES.length; i++) {
      LINKED_MIX[i] = DemoFigures.LINKED_EVIDENCE_MIX.get(TYPES[i]);
      boolean direct =
          switch (TYPES[i]) {
            case EO_SIGHTING, EO_FOUND, ACCIDENT, DRONE_DETECTION, SENSOR_DETECTION -> true;
            default -> false;
          };
      NEAR_ORDNANCE_MIX[i] = LINKED_MIX[i] * (direct ? 1.3 : 1.0);
      NEAR_CLEAN_MIX[i] =
          LINKED_MIX[i] * (direct ? (TYPES[i] == EvidenceType.ACCIDENT ? 0.3 : 0.6) : 1.2);
      NOISE_MIX[i] =
          switch (TYPES[i]) {
            case PUBLIC_REPORT, COMBAT_EVENT -> 0.3;
            case FRONTLINE_HISTORY, DRONE_DETECTION -> 0.15;
            case SENSOR_DETECTION, EO_SIGHTING -> 0.05;
            default -> 0;
          };
    }
  }

  private Mixes() {}

  static LandUse landUse(Draw d) {
    return LAND_USES[d.weighted(LAND_USE_MIX)];
  }

  static Terrain terrain(LandUse use, Draw d) {
    return switch (use) {
      case RESIDENTIAL, INDUSTRIAL -> d.chance(0.85) ? Terrain.URBAN : Terrain.FLAT;
      case WATER -> Terrain.WETLAND;
      case INFRASTRUCTURE -> d.chance(0.3) ? Terrain.URBAN : Terrain.FLAT;
      default -> {
        double u = d.unit();
        yield u < 0.55
            ? Terrain.FLAT
            : u < 0.85 ? Terrain.ROLLING : u < 0.93 ? Terrain.STEEP : Terrain.WETLAND;
      }
    };
  }

  static Vegetation vegetation(LandUse use, Draw d) {
    Vegetation[] v = Vegetation.values();
    return switch (use) {
      case FOREST -> d.chance(0.7) ? Vegetation.DENSE : Vegetation.MEDIUM;
      case RESIDENTIAL, INDUSTRIAL, INFRASTRUCTURE -> v[d.weighted(new double[] {4, 4, 2, 0.5})];
      case AGRICULTURE -> v[d.weighted(new double[] {2, 4, 3, 1})];
      default -> v[d.weighted(new double[] {1, 3, 3, 2})];
    };
  }

  /** "Field", "Forest belt" …: the start of an area's name. */
  static String featureName(LandUse use, Terrain terrain) {
    return switch (use) {
      case AGRICULTURE -> terrain == Terrain.WETLAND ? "Wet meadow" : "Field";
      case PASTURE -> "Pasture";
      case FOREST -> "Forest belt";
      case RESIDENTIAL -> "Residential block";
      case INFRASTRUCTURE -> "Roadside and power line corridor";
      case INDUSTRIAL -> "Industrial site";
      case WATER -> "Riverbank";
      case OTHER -> "Former position";
    };
  }

  /**
   * The type of a piece of evidence at an area: around {@link DemoFigures#LINKED_EVIDENCE_MIX},
   * direct evidence a third more common near ordnance, and around clean land 40 % less common
   * (accidents 70 % less) while indirect evidence (combat records, public reports, front-line
   * history) is a fifth more common.
   */
  static EvidenceType linkedEvidenceType(Draw d, boolean contaminated) {
    return TYPES[d.weighted(contaminated ? NEAR_ORDNANCE_MIX : NEAR_CLEAN_MIX)];
  }

  static EvidenceType noiseEvidenceType(Draw d) {
    return TYPES[d.weighted(NOISE_MIX)];
  }
}
