package org.reclaim.demo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Places a hazardous area in a raion: 0.4–6 km from one of its settlements in a random direction,
 * checked to stay in the raion (three tries), else anywhere in the raion.
 */
final class AreaPlacer {
  private static final List<String> COMPASS =
      List.of(
          "east", "north-east", "north", "north-west", "west", "south-west", "south", "south-east");

  /** Centre of the area and how to say where it is, e.g. "north of Novopetrivka". */
  record Placement(Coordinate centre, String where) {}

  private final Boundaries b;
  private final SettlementLayer s;
  private final Draw d;

  AreaPlacer(Boundaries b, SettlementLayer s, Draw d) {
    this.b = b;
    this.s = s;
    this.d = d;
  }

  Placement place(int raion) {
    List<Integer> here = s.byRaion.get(raion);
    if (!here.isEmpty()) {
      for (int attempt = 0; attempt < 3; attempt++) {
        int settlement = d.pick(here);
        Coordinate home = s.settlements.get(settlement).location().getCoordinate();
        double distance = d.uniform(400, 6_000);
        double angle = d.uniform(0, 2 * Math.PI);
        Coordinate c =
            Shapes.offset(home.x, home.y, distance * Math.cos(angle), distance * Math.sin(angle));
        if (b.inRaion(raion, c)) {
          int sector = (int) Math.round(angle / (Math.PI / 4)) % 8;
          return new Placement(
              c, COMPASS.get(sector) + " of " + s.settlements.get(settlement).name());
        }
      }
    }
    Coordinate c = b.randomPointIn(d, raion);
    return new Placement(c, "in " + b.raions().get(raion).name() + " raion");
  }
}
