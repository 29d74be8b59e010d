package org.reclaim.simulation;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.domain.context.Settlement;
import org.reclaim.domain.geometry.LocalProjection;
import org.reclaim.domain.hazard.HazardousArea;

/**
 * The people exposed to each hazardous area, each person counted once: a settlement's population is
 * shared among the areas within {@code settlementRadiusM} of it by the weight the criterion {@code
 * population_exposed} gives them ({@code exp(−d / populationDecayM)}), never more than the whole
 * population. Where one area is the only one near a town, it carries the town's weighted
 * population, as the criterion does; where twenty areas ring a city, they share it, so that
 * releasing all twenty removes the city's exposure once, not twenty times.
 */
final class PeopleNear {
  private PeopleNear() {}

  /** People exposed to each area, by area index. */
  static double[] apportioned(
      List<HazardousArea> areas, List<Settlement> settlements, CriteriaParameters p) {
    double[] out = new double[areas.size()];
    if (areas.isEmpty() || settlements.isEmpty()) {
      return out;
    }
    Envelope all = new Envelope();
    areas.forEach(a -> all.expandToInclude(a.geometry().getEnvelopeInternal()));
    LocalProjection frame = LocalProjection.near(all.centre().x, all.centre().y);
    Coordinate[] places = new Coordinate[settlements.size()];
    STRtree tree = new STRtree();
    for (int s = 0; s < settlements.size(); s++) {
      places[s] = frame.project(settlements.get(s).location().getCoordinate());
      tree.insert(new Envelope(places[s]), s);
    }
    tree.build();
    double radius = p.settlementRadiusM();
    double[] weightSum = new double[settlements.size()];
    int[][] near = new int[areas.size()][];
    double[][] weight = new double[areas.size()][];
    for (int i = 0; i < areas.size(); i++) {
      Coordinate c = frame.project(areas.get(i).geometry().getInteriorPoint().getCoordinate());
      @SuppressWarnings("unchecked")
      List<Integer> found =
          tree.query(new Envelope(c.x - radius, c.x + radius, c.y - radius, c.y + radius));
      near[i] = new int[found.size()];
      weight[i] = new double[found.size()];
      for (int k = 0; k < found.size(); k++) {
        int s = found.get(k);
        double d = c.distance(places[s]);
        near[i][k] = s;
        weight[i][k] = d <= radius ? Math.exp(-d / p.populationDecayM()) : 0;
        weightSum[s] += weight[i][k];
      }
    }
    for (int i = 0; i < areas.size(); i++) {
      for (int k = 0; k < near[i].length; k++) {
        int s = near[i][k];
        if (weight[i][k] > 0) {
          // the settlement's weighted population, shared in proportion to the weights
          double share = weight[i][k] / Math.max(1, weightSum[s]);
          out[i] += settlements.get(s).population() * share;
        }
      }
    }
    return out;
  }
}
