package org.reclaim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.simulation.policy.Policies;

/**
 * Campaigns on a small demo world (a fifth of the demo, one year, a fifth of the budget): the same
 * seed gives the same numbers; land, items and money are conserved; and a policy told the truth
 * beats every real policy — the measures can tell good decisions from bad ones.
 */
class CampaignTest {
  private static final SimulationParameters P =
      SimulationParameters.defaults().withYears(1).withDemoScale(0.2).withBudget(6_000_000);
  private static World world;

  @BeforeAll
  static void generate() {
    world = World.generate(7, P.demoScale());
  }

  private static List<Comparison.Entry> policies() {
    return Policies.standard(ProfilesForTest.civilianSafety(), P);
  }

  private static CampaignResult run(Comparison.Entry e) {
    return new Campaign(world, P, e.factory().get(), e.name()).run();
  }

  @Test
  void theSameSeedGivesTheSameNumbers() {
    Comparison.Entry learning = policies().get(5);
    CampaignResult a = run(learning);
    CampaignResult b = run(learning);
    assertThat(a.value()).isEqualTo(b.value());
    assertThat(a.spentUsd()).isEqualTo(b.spentUsd());
    assertThat(a.casualties()).isEqualTo(b.casualties());
    assertThat(a.releasedM2()).isEqualTo(b.releasedM2());
    assertThat(a.missedContaminationM2()).isEqualTo(b.missedContaminationM2());
    assertThat(a.valueByWeek()).containsExactly(b.valueByWeek());
    assertThat(a.releasedM2()).isPositive();
  }

  @Test
  void landItemsAndMoneyAreConserved() {
    for (Comparison.Entry e : policies()) {
      Campaign c = new Campaign(world, P, e.factory().get(), e.name());
      CampaignResult r = c.run();
      // released land never exceeds an area's size, and the categories add up (IMAS 07.11)
      Map<Long, Double> booked = new HashMap<>();
      List<LandRelease> during = new ArrayList<>(c.register().releases());
      during.removeAll(world.data().landReleases());
      during.forEach(l -> booked.merge(l.hazardousAreaId(), l.areaM2(), Double::sum));
      for (int i = 0; i < world.areas().size(); i++) {
        double size = world.areas().get(i).areaM2();
        assertThat(booked.getOrDefault(world.areas().get(i).id(), 0.0))
            .as(e.name() + ": area " + i)
            .isLessThanOrEqualTo(size * (1 + 1e-9));
        assertThat(
                c.register().remainingM2(i) + booked.getOrDefault(world.areas().get(i).id(), 0.0))
            .isCloseTo(size, within(size * 1e-9 + 1e-6));
      }
      double sum = during.stream().mapToDouble(LandRelease::areaM2).sum();
      assertThat(r.cancelledM2() + r.reducedM2() + r.clearedM2()).isCloseTo(sum, within(1e-3));
      // the truth's items are found at most once
      double items = 0;
      for (int i = 0; i < world.areas().size(); i++) {
        items +=
            world.truth(i).contaminatedM2(world.areas().get(i).areaM2())
                    / 10_000
                    * world.truth(i).itemsPerHa()
                + 1; // rounding, per area
      }
      assertThat((double) r.itemsFound()).as(e.name()).isLessThanOrEqualTo(items);
      // the year's money is never overspent
      assertThat(r.spentUsd()).as(e.name()).isLessThanOrEqualTo(P.budgetUsdPerYear() + 1e-6);
      assertThat(r.spentByWeek()).isSorted();
      // wasted clearance is land cleared: never more than the clearance
      assertThat(r.wastedClearanceM2()).isLessThanOrEqualTo(r.clearedM2() + 1e-6);
    }
  }

  @Test
  void aPolicyToldTheTruthBeatsEveryRealPolicy() {
    CampaignResult oracle = new Campaign(world, P, new OraclePolicy(world, P), "oracle").run();
    assertThat(oracle.missedContaminationM2()).isZero();
    for (Comparison.Entry e : policies()) {
      CampaignResult r = run(e);
      assertThat(oracle.valuePerUsd()).as(e.name()).isGreaterThan(r.valuePerUsd());
      assertThat(oracle.missedContaminationM2())
          .as(e.name())
          .isLessThanOrEqualTo(r.missedContaminationM2());
    }
  }
}
