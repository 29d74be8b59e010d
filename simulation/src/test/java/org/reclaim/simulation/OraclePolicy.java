package org.reclaim.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reclaim.analysis.criteria.ReleaseCostModel;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.ReleaseMethod;

/**
 * A policy told the truth, for tests only: it cancels or reduces the land that is clean (by the
 * cheaper survey), clears the land that holds ordnance, and works the areas in order of the value
 * their release brings per dollar. No real policy can know this much; if the measures could not
 * tell it from the others, they would not measure decisions.
 */
final class OraclePolicy implements Policy {
  private final World world;
  private final SimulationParameters p;

  OraclePolicy(World world, SimulationParameters p) {
    this.world = world;
    this.p = p;
  }

  @Override
  public String name() {
    return "oracle (told the truth)";
  }

  @Override
  public Planning planning() {
    return Planning.IN_ORDER;
  }

  @Override
  public List<Work> choose(Register register) {
    ReleaseCostModel costs = world.costs();
    record Choice(int area, ReleaseMethod method, double valuePerUsd) {}
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < register.size(); i++) {
      if (!register.isOpen(i)) {
        continue;
      }
      HazardousArea a = register.area(i);
      double m2 = register.remainingM2(i);
      var estimate =
          world.truth(i).contaminated()
              ? costs.cheapest(HazardClass.CHA, a.terrain(), a.vegetation(), m2)
              : costs.cheapest(HazardClass.SHA, a.terrain(), a.vegetation(), m2);
      if (estimate.isEmpty()) {
        continue;
      }
      World.AreaValue v = world.value(i);
      double value =
          (v.farmValueUsdPerYear() + v.peopleExposed() * p.usdPerExposedPersonYear()) * p.annuity()
              + v.infrastructureSites() * p.usdPerInfrastructureSite()
              + v.recoveryBudgetUsd();
      choices.add(
          new Choice(i, estimate.get().method(), value / Math.max(1, estimate.get().costUsd())));
    }
    choices.sort(Comparator.comparingDouble(Choice::valuePerUsd).reversed());
    List<Work> out = new ArrayList<>();
    int n = choices.size();
    for (int k = 0; k < n; k++) {
      out.add(new Work(choices.get(k).area(), choices.get(k).method(), n - k));
    }
    return out;
  }
}
