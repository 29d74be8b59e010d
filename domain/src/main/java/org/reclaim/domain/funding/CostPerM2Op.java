package org.reclaim.domain.funding;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Cost per m² released, grouped by any key of a task (method, operator, region): the sum of the
 * costs booked to the tasks of a group divided by the m² they released. Tasks that released no land
 * are left out of both sums, so work still under way does not inflate the figure.
 *
 * <p>Contract: {@code usdPerM2} is finite and {@code >= 0}; groups with no released land do not
 * appear. Pure function; thread safe.
 */
public final class CostPerM2Op {
  private CostPerM2Op() {}

  /**
   * What is known of one task.
   *
   * @param method release method name
   * @param operatorId the team's operator, or {@code null}
   * @param regionId the area's region, or {@code null}
   * @param costUsd cost booked to the task, US$
   * @param releasedM2 m² the task released
   */
  public record TaskCost(
      long taskId,
      String method,
      Long operatorId,
      Long regionId,
      double costUsd,
      double releasedM2) {}

  /** A group's figures. */
  public record Ratio(int tasks, double costUsd, double releasedM2, double usdPerM2) {}

  /** Cost per m² per group, groups sorted by key. */
  public static Map<String, Ratio> byGroup(List<TaskCost> tasks, Function<TaskCost, String> key) {
    Map<String, double[]> sums = new TreeMap<>();
    for (TaskCost t : tasks) {
      if (t.releasedM2() <= 0) {
        continue;
      }
      double[] s = sums.computeIfAbsent(key.apply(t), k -> new double[3]);
      s[0]++;
      s[1] += t.costUsd();
      s[2] += t.releasedM2();
    }
    Map<String, Ratio> out = new TreeMap<>();
    sums.forEach((k, s) -> out.put(k, new Ratio((int) s[0], s[1], s[2], s[1] / s[2])));
    return out;
  }
}
