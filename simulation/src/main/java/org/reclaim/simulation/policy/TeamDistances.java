package org.reclaim.simulation.policy;

import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.planner.problem.GeoPoint;
import org.reclaim.planner.problem.PlanTeam;
import org.reclaim.simulation.Register;

/** How far each area is from the base of the nearest team able to apply its method. */
final class TeamDistances {
  private TeamDistances() {}

  /** km, by area index; infinite where no team can apply the area's method. */
  static double[] nearestSuitableBaseKm(Register r) {
    double[] km = new double[r.size()];
    for (int i = 0; i < r.size(); i++) {
      km[i] = Double.POSITIVE_INFINITY;
      if (!r.isOpen(i)) {
        continue;
      }
      var method = r.recommend(i, null);
      if (method.isEmpty()) {
        continue;
      }
      HazardousArea a = r.area(i);
      var p = a.geometry().getInteriorPoint();
      GeoPoint at = new GeoPoint(p.getX(), p.getY());
      for (PlanTeam t : r.world().teams()) {
        if (t.base() != null
            && t.productivity()
                .m2PerDay(method.get().method(), a.terrain(), a.vegetation())
                .isPresent()) {
          km[i] = Math.min(km[i], at.distanceKm(t.base()));
        }
      }
    }
    return km;
  }
}
