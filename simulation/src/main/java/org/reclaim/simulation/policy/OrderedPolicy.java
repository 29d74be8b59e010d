package org.reclaim.simulation.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reclaim.simulation.Policy;
import org.reclaim.simulation.Register;

/**
 * Today's practice in its simplest forms: the open areas in one fixed order, each with the method
 * of the class rule (a suspected area surveyed first, a confirmed one cleared; IMAS 07.11), worked
 * in that order by the team that can start first. The order is what distinguishes them.
 */
public final class OrderedPolicy implements Policy {
  private final String name;
  private final Order order;

  /** How the areas are ordered, most urgent first. */
  @FunctionalInterface
  public interface Order {
    Comparator<Integer> comparator(Register register);
  }

  private OrderedPolicy(String name, Order order) {
    this.name = name;
    this.order = order;
  }

  /** First come, first served: the areas in the order they were reported. */
  public static OrderedPolicy firstComeFirstServed() {
    return new OrderedPolicy(
        "first come, first served",
        r ->
            Comparator.comparing((Integer i) -> r.area(i).reportedOn())
                .thenComparingLong(i -> r.area(i).id()));
  }

  /** Largest area first: the most land to release first. */
  public static OrderedPolicy largestFirst() {
    return new OrderedPolicy(
        "largest area first",
        r ->
            Comparator.comparingDouble((Integer i) -> -r.remainingM2(i))
                .thenComparingLong(i -> r.area(i).id()));
  }

  /** Nearest to a team's base first: the areas a suitable team reaches most easily. */
  public static OrderedPolicy nearestToBase() {
    return new OrderedPolicy(
        "nearest to team base",
        r -> {
          double[] km = TeamDistances.nearestSuitableBaseKm(r);
          return Comparator.comparingDouble((Integer i) -> km[i])
              .thenComparingLong(i -> r.area(i).id());
        });
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Planning planning() {
    return Planning.IN_ORDER;
  }

  @Override
  public List<Work> choose(Register register) {
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < register.size(); i++) {
      if (register.isOpen(i)) {
        open.add(i);
      }
    }
    open.sort(order.comparator(register));
    List<Work> out = new ArrayList<>(open.size());
    int rank = 0;
    for (int i : open) {
      var r = register.recommend(i, null);
      if (r.isPresent()) {
        out.add(new Work(i, r.get().method(), open.size() - rank));
      }
      rank++;
    }
    return out;
  }
}
