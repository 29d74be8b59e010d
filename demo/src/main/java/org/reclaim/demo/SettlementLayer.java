package org.reclaim.demo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.geometry.Wgs84;

/**
 * Settlements: Ukraine's largest government-controlled cities at their real places, a town at the
 * centre of every raion named after it (pre-2020 raions are named after their administrative
 * centre), and villages spread over the raions in proportion to their area.
 *
 * <p>Populations are heavy-tailed: cities from the 2021 estimates of the State Statistics Service
 * of Ukraine (rounded, pre-war), raion centres lognormal with mean 15,000, villages lognormal with
 * mean 900 and log-sd 1.1, so most villages have a few hundred people and a few have thousands.
 */
final class SettlementLayer {
  /** Name, lon, lat, population (2021 estimate, rounded). */
  private static final Object[][] CITIES = {
    {"Kyiv", 30.523, 50.450, 2_950_000},
    {"Kharkiv", 36.231, 49.993, 1_430_000},
    {"Odesa", 30.733, 46.482, 1_010_000},
    {"Dnipro", 35.046, 48.465, 980_000},
    {"Zaporizhzhia", 35.139, 47.838, 720_000},
    {"Lviv", 24.031, 49.842, 720_000},
    {"Kryvyi Rih", 33.392, 47.910, 610_000},
    {"Mykolaiv", 31.995, 46.975, 470_000},
    {"Vinnytsia", 28.468, 49.233, 370_000},
    {"Poltava", 34.551, 49.589, 280_000},
    {"Kherson", 32.617, 46.636, 280_000},
    {"Chernihiv", 31.289, 51.494, 285_000},
    {"Cherkasy", 32.060, 49.444, 272_000},
    {"Sumy", 34.800, 50.907, 260_000},
    {"Zhytomyr", 28.658, 50.254, 263_000},
    {"Kramatorsk", 37.556, 48.723, 150_000},
    {"Sloviansk", 37.617, 48.853, 106_000},
  };

  final List<Settlement> settlements = new ArrayList<>();

  /** Raion index of each settlement, by list position. */
  final List<Integer> raionOf = new ArrayList<>();

  /** Settlement positions (0-based) in each raion, by raion index. */
  final List<List<Integer>> byRaion = new ArrayList<>();

  private final Boundaries b;

  private SettlementLayer(Boundaries b) {
    this.b = b;
    b.raions().forEach(r -> byRaion.add(new ArrayList<>()));
  }

  static SettlementLayer generate(Boundaries b, int count, Draw d, Progress progress) {
    SettlementLayer layer = new SettlementLayer(b);
    if (count >= 200) {
      for (Object[] c : CITIES) {
        Coordinate at = new Coordinate((Double) c[1], (Double) c[2]);
        layer.add((String) c[0], (Integer) c[3], at, layer.raionAt(at));
      }
    }
    int centres = Math.min(b.raions().size(), (count - layer.settlements.size()) / 2);
    double[] areaWeights = b.raions().stream().mapToDouble(Boundaries.Raion::areaKm2).toArray();
    if (centres == b.raions().size()) {
      for (Boundaries.Raion r : b.raions()) {
        Coordinate at = r.geometry().getInteriorPoint().getCoordinate();
        layer.add(r.name(), (int) d.lognormalWithMean(15_000, 0.7), at, r.index());
      }
    }
    double[] cumulative = Draw.cumulative(areaWeights);
    while (layer.settlements.size() < count) {
      int raion = d.weightedCumulative(cumulative);
      Coordinate at = b.randomPointIn(d, raion);
      int population =
          d.chance(0.03)
              ? (int) d.lognormalWithMean(8_000, 0.6)
              : (int) Math.min(60_000, d.lognormalWithMean(900, 1.1));
      layer.add(Names.settlement(d), population, at, raion);
      progress.step(layer.settlements.size());
    }
    return layer;
  }

  private void add(String name, int population, Coordinate at, int raion) {
    long id = settlements.size() + 1L;
    settlements.add(
        new Settlement(
            id,
            name,
            Math.max(10, population),
            Wgs84.point(at.x, at.y),
            raion < 0 ? null : b.raionRegionId(raion)));
    raionOf.add(raion);
    if (raion >= 0) {
      byRaion.get(raion).add(settlements.size() - 1);
    }
  }

  private int raionAt(Coordinate c) {
    for (Boundaries.Raion r : b.raions()) {
      if (r.geometry().getEnvelopeInternal().contains(c) && b.inRaion(r.index(), c)) {
        return r.index();
      }
    }
    return -1;
  }

  /** Position of the most populous settlement in {@code raion}, or -1 if it has none. */
  int largestIn(int raion) {
    int best = -1;
    for (int s : byRaion.get(raion)) {
      if (best < 0 || settlements.get(s).population() > settlements.get(best).population()) {
        best = s;
      }
    }
    return best;
  }
}
