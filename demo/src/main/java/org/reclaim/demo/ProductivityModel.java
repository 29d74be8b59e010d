package org.reclaim.demo;

import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.domain.team.TeamType;

/**
 * Productivity tables (m²/day by method × terrain × vegetation) and day rates for generated teams.
 * Sources are {@code ../shared/data/demining_productivity/README.md} §1 (productivity) and §2
 * (cost); where no primary figure exists the derivation is stated as an assumption.
 *
 * <ul>
 *   <li><b>Manual</b>: 10–50 m² per deminer per day "depending on the terrain" (HALO Trust, README
 *       §1), times 6–12 deminers. A cell's per-deminer rate is {@code 10 + 40 × t × v}, with
 *       terrain factor {@code t} and vegetation factor {@code v} in (0, 1], times a team skill of
 *       0.9–1.1, clamped to 10–50.
 *   <li><b>MDD</b>: about 3× the area of a comparable number of deminers (UN Afghanistan data,
 *       README §1), the comparable number taken as 8; dogs suffer less from vegetation (its factor
 *       is halved in effect) but do not work wetland well (× 0.5).
 *   <li><b>Mechanical</b>: <em>assumption</em>, no m²/day figure could be read. SESU Mykolaiv's 4
 *       flails cleared 47.3 ha with no time base (README §1); reading that as about 60 working days
 *       gives ≈ 2,000 m²/day per machine. We draw 1,500–2,500 m²/day on flat, bare ground, slowed
 *       by rolling ground (× 0.8) and vegetation (down to × 0.6 in dense growth), and leave out
 *       STEEP, WETLAND and URBAN cells: a flail cannot work there.
 *   <li><b>Technical survey</b> (TS, any of the three): <em>assumption</em>, TS samples the area
 *       (targeted lanes, dogs, machines) instead of clearing all of it, so it covers 4× the area of
 *       clearance per day.
 *   <li><b>NTS</b> team: <em>assumption</em>, 30,000–70,000 m² of a site per day on open ground (a
 *       site of 6.2 ha in one or two days of walking, mapping and interviews), half that in dense
 *       growth or towns. <b>Drone survey</b>: twice an NTS team on open ground, but only a third of
 *       it in dense vegetation, where the camera cannot see the ground.
 *   <li><b>EOD</b> teams remove single items and release no area: their table is empty.
 * </ul>
 *
 * <p>Day rates: clearance teams cost {@code deminers × US$130–200 + US$300–600} a day (manual),
 * US$2,600–3,600 (MDD) or US$4,500–6,500 (mechanical), then raised if needed so that the cheapest
 * clearance cell costs at least US$2 per m². With the rates above every clearance cell costs
 * between US$2 and US$39 per m², the range across countries and operators (French 2006, README §2).
 */
final class ProductivityModel {
  /** Cheapest clearance allowed, US$ per m² (README §2). */
  static final double MIN_CLEARANCE_USD_PER_M2 = 2.0;

  /** Dearest clearance allowed, US$ per m² (README §2). */
  static final double MAX_CLEARANCE_USD_PER_M2 = 39.0;

  private ProductivityModel() {}

  /** A team's table and day rate. */
  record Profile(ProductivityTable table, double dayRateUsd) {}

  static Profile draw(TeamType type, Draw d) {
    double skill = d.uniform(0.9, 1.1);
    ProductivityTable.Builder t = ProductivityTable.builder();
    double dayRate;
    double bestClearance = 0;
    switch (type) {
      case MANUAL -> {
        int deminers = d.between(6, 12);
        for (Terrain tr : Terrain.values()) {
          for (Vegetation v : Vegetation.values()) {
            double perDeminer = clamp((10 + 40 * terrain(tr) * vegetation(v)) * skill, 10, 50);
            double rate = perDeminer * deminers;
            t.put(ReleaseMethod.MANUAL, tr, v, rate);
            t.put(ReleaseMethod.TS, tr, v, rate * 4);
            bestClearance = Math.max(bestClearance, rate);
          }
        }
        dayRate = deminers * d.uniform(130, 200) + d.uniform(300, 600);
      }
      case MDD -> {
        for (Terrain tr : Terrain.values()) {
          for (Vegetation v : Vegetation.values()) {
            double veg = 0.5 + 0.5 * vegetation(v);
            double wet = tr == Terrain.WETLAND ? 0.5 : 1;
            double rate = 3 * 8 * clamp((10 + 40 * terrain(tr) * veg) * skill, 10, 50) * wet;
            t.put(ReleaseMethod.MDD, tr, v, rate);
            t.put(ReleaseMethod.TS, tr, v, rate * 4);
            bestClearance = Math.max(bestClearance, rate);
          }
        }
        dayRate = d.uniform(2_600, 3_600);
      }
      case MECHANICAL -> {
        double base = d.uniform(1_500, 2_500);
        for (Terrain tr : new Terrain[] {Terrain.FLAT, Terrain.ROLLING}) {
          for (Vegetation v : Vegetation.values()) {
            double rate = base * (tr == Terrain.ROLLING ? 0.8 : 1) * (0.6 + 0.4 * vegetation(v));
            t.put(ReleaseMethod.MECHANICAL, tr, v, rate);
            t.put(ReleaseMethod.TS, tr, v, rate * 4);
            bestClearance = Math.max(bestClearance, rate);
          }
        }
        dayRate = d.uniform(4_500, 6_500);
      }
      case NTS, DRONE_SURVEY -> {
        double base = d.uniform(30_000, 70_000) * (type == TeamType.DRONE_SURVEY ? 2 : 1);
        for (Terrain tr : Terrain.values()) {
          for (Vegetation v : Vegetation.values()) {
            double slow = v == Vegetation.DENSE || tr == Terrain.URBAN ? 0.5 : 1;
            if (type == TeamType.DRONE_SURVEY && v == Vegetation.DENSE) {
              slow = 1.0 / 3;
            }
            t.put(ReleaseMethod.NTS, tr, v, base * slow);
          }
        }
        dayRate = type == TeamType.NTS ? d.uniform(600, 1_100) : d.uniform(900, 1_500);
      }
      case EOD -> dayRate = d.uniform(800, 1_400);
      default -> throw new IllegalArgumentException("unknown team type " + type);
    }
    dayRate = Math.max(dayRate, bestClearance * MIN_CLEARANCE_USD_PER_M2);
    return new Profile(t.build(), Math.ceil(dayRate));
  }

  /** Terrain factor in (0, 1]: how much of the bare-ground rate a deminer keeps. */
  static double terrain(Terrain t) {
    return switch (t) {
      case FLAT -> 1.0;
      case ROLLING -> 0.85;
      case STEEP -> 0.5;
      case WETLAND -> 0.45;
      case URBAN -> 0.6;
    };
  }

  /** Vegetation factor in (0, 1]. */
  static double vegetation(Vegetation v) {
    return switch (v) {
      case NONE -> 1.0;
      case LIGHT -> 0.85;
      case MEDIUM -> 0.6;
      case DENSE -> 0.35;
    };
  }

  private static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }
}
