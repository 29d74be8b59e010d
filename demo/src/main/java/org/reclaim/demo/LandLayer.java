package org.reclaim.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.CriticalInfrastructure;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.geometry.AreaOp;

/**
 * Agricultural parcels, critical infrastructure and recovery projects around the settlements.
 *
 * <p>Parcels: rotated rectangles ({@link Shapes#field}) of lognormal size, mean 30 ha, 1–300 ha,
 * 0.5–8 km from a settlement; 15 % are centred on a hazardous area, so they overlap it. Parcels may
 * overlap each other: the layer is a stand-in, not a cadastre. Crops and values are
 * <em>assumptions</em>, order-of-magnitude gross values of production per hectare from typical
 * Ukrainian yields and farm-gate prices (e.g. wheat ≈ 4 t/ha × US$180/t ≈ US$700/ha), ±25 %: wheat
 * 24 % at US$700/ha, sunflower 24 % at 850, maize 18 % at 1,000, barley 9 % at 550, soybean 7 % at
 * 900, rapeseed 5 % at 1,100, pasture 5 % at 150, fallow 8 % at 0.
 *
 * <p>Infrastructure: points 0.2–3 km from a settlement drawn with weight √population (schools,
 * clinics, substations, pumping stations, gas stations, masts, bridges). Recovery projects: near
 * settlements in contaminated oblasts, budget lognormal with mean US$2.5 million.
 */
final class LandLayer {
  static final String[] CROPS = {
    "wheat", "sunflower", "maize", "barley", "soybean", "rapeseed", "pasture", "fallow"
  };
  static final double[] CROP_SHARE = {24, 24, 18, 9, 7, 5, 5, 8};
  static final double[] CROP_USD_PER_HA = {700, 850, 1000, 550, 900, 1100, 150, 0};
  private static final CriticalInfrastructure.Kind[] KINDS = CriticalInfrastructure.Kind.values();
  // POWER, WATER, HEALTH, SCHOOL, BRIDGE, GAS, TELECOM, OTHER
  private static final double[] KIND_MIX = {18, 15, 12, 25, 10, 8, 8, 4};
  private static final String[] SECTORS = {
    "housing", "energy", "water", "transport", "agriculture", "health", "education"
  };

  private LandLayer() {}

  static List<AgriculturalParcel> parcels(
      SettlementLayer s, HazardLayer h, int count, Draw d, Progress progress) {
    List<AgriculturalParcel> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Coordinate c;
      if (!h.areas.isEmpty() && d.chance(0.15)) {
        c = h.areas.get(d.index(h.areas.size())).geometry().getEnvelopeInternal().centre();
      } else {
        c = nearSettlement(s.settlements.get(d.index(s.settlements.size())), 500, 8_000, d);
      }
      double sizeM2 = Math.min(3e6, Math.max(1e4, d.lognormalWithMean(300_000, 0.8)));
      Polygon field = Shapes.field(d, c.x, c.y, sizeM2);
      int crop = d.weighted(CROP_SHARE);
      double value = Math.round(CROP_USD_PER_HA[crop] * d.uniform(0.75, 1.25));
      out.add(new AgriculturalParcel(i + 1L, CROPS[crop], value, field, AreaOp.areaM2(field)));
      progress.step(i + 1);
    }
    return out;
  }

  static List<CriticalInfrastructure> infrastructure(SettlementLayer s, int count, Draw d) {
    double[] w = s.settlements.stream().mapToDouble(x -> Math.sqrt(x.population())).toArray();
    double[] cumulative = Draw.cumulative(w);
    List<CriticalInfrastructure> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Settlement home = s.settlements.get(d.weightedCumulative(cumulative));
      Coordinate c = nearSettlement(home, 200, 3_000, d);
      CriticalInfrastructure.Kind kind = KINDS[d.weighted(KIND_MIX)];
      out.add(
          new CriticalInfrastructure(
              i + 1L,
              kind,
              infrastructureName(kind, home.name(), d),
              Shapes.pointAt(c.x, c.y, 0, 0)));
    }
    return out;
  }

  private static String infrastructureName(CriticalInfrastructure.Kind kind, String town, Draw d) {
    return switch (kind) {
      case POWER -> "Substation " + d.pick(List.of("35", "110", "150", "330")) + " kV " + town;
      case WATER -> "Water pumping station, " + town;
      case HEALTH -> d.chance(0.7) ? "Outpatient clinic, " + town : "Hospital, " + town;
      case SCHOOL -> "School No. " + d.between(1, 12) + ", " + town;
      case BRIDGE -> "Bridge near " + town;
      case GAS -> "Gas distribution station, " + town;
      case TELECOM -> "Mobile mast near " + town;
      case OTHER -> "Grain elevator, " + town;
    };
  }

  static List<RecoveryProject> recoveryProjects(
      Boundaries b, SettlementLayer s, int count, LocalDate today, Draw d) {
    double[] w = new double[s.settlements.size()];
    for (int i = 0; i < w.length; i++) {
      int raion = s.raionOf.get(i);
      String iso = raion < 0 ? "" : b.oblasts().get(b.raions().get(raion).oblast()).iso();
      w[i] = (1 + DemoFigures.oblastWeight(iso)) * Math.sqrt(s.settlements.get(i).population());
    }
    double[] cumulative = Draw.cumulative(w);
    RecoveryProject.Status[] statuses = RecoveryProject.Status.values();
    List<RecoveryProject> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Settlement home = s.settlements.get(d.weightedCumulative(cumulative));
      Coordinate c = nearSettlement(home, 100, 4_000, d);
      String sector = SECTORS[d.index(SECTORS.length)];
      // PLANNED, WAITING, UNDERWAY, DONE
      RecoveryProject.Status status = statuses[d.weighted(new double[] {35, 35, 20, 10})];
      Geometry site =
          d.chance(0.5)
              ? Shapes.pointAt(c.x, c.y, 0, 0)
              : Shapes.field(d, c.x, c.y, d.uniform(5_000, 50_000));
      out.add(
          new RecoveryProject(
              i + 1L,
              Character.toUpperCase(sector.charAt(0))
                  + sector.substring(1)
                  + " project, "
                  + home.name(),
              sector,
              status,
              Math.round(d.lognormalWithMean(2_500_000, 1.2)),
              today.plusDays(d.between(-180, 720)),
              site));
    }
    return out;
  }

  private static Coordinate nearSettlement(Settlement home, double minM, double maxM, Draw d) {
    Coordinate at = home.location().getCoordinate();
    double distance = d.uniform(minM, maxM);
    double angle = d.uniform(0, 2 * Math.PI);
    return Shapes.offset(at.x, at.y, distance * Math.cos(angle), distance * Math.sin(angle));
  }
}
