package org.reclaim.likelihood.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cross-validation folds grouped by region: every cell of a region (municipality, raion, hromada)
 * lands in the same fold, so that no model is validated on a neighbour of a cell it was trained on.
 * Neighbouring cells share their surroundings and often their labels; a random split lets a model
 * look them up, and flatters every model.
 *
 * <p>With at most {@link #LEAVE_ONE_OUT_MAX_GROUPS} groups each group is a fold of its own
 * (leave-one-group-out, as RELand validates on Antioquia's municipalities); with more, groups are
 * dealt to {@code k} folds, largest first, each to the fold with the fewest cells so far — a
 * deterministic balance.
 *
 * @param groups the group of every cell, by position
 * @param folds fold index of every cell, by position
 * @param names each fold's groups, by fold index
 */
public record GroupedFolds(String[] groups, int[] folds, List<List<String>> names) {
  /** Up to this many groups, leave one group out. */
  public static final int LEAVE_ONE_OUT_MAX_GROUPS = 30;

  /** Folds when there are more groups than {@link #LEAVE_ONE_OUT_MAX_GROUPS}. */
  public static final int DEFAULT_K = 5;

  /**
   * Folds over {@code groups}.
   *
   * @throws IllegalArgumentException with fewer than two groups: a grouped validation needs two
   */
  public static GroupedFolds of(String[] groups) {
    Map<String, Integer> sizes = new TreeMap<>();
    for (String g : groups) {
      sizes.merge(g == null ? "" : g, 1, Integer::sum);
    }
    if (sizes.size() < 2) {
      throw new IllegalArgumentException(
          "group: grouped cross-validation needs at least 2 groups, found " + sizes.size());
    }
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    int k;
    if (sizes.size() <= LEAVE_ONE_OUT_MAX_GROUPS) {
      k = sizes.size();
      int f = 0;
      for (String g : sizes.keySet()) {
        foldOf.put(g, f++);
      }
    } else {
      k = DEFAULT_K;
      long[] load = new long[k];
      List<Map.Entry<String, Integer>> bySize = new ArrayList<>(sizes.entrySet());
      bySize.sort(
          Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()));
      for (Map.Entry<String, Integer> e : bySize) {
        int best = 0;
        for (int f = 1; f < k; f++) {
          if (load[f] < load[best]) {
            best = f;
          }
        }
        foldOf.put(e.getKey(), best);
        load[best] += e.getValue();
      }
    }
    int[] folds = new int[groups.length];
    for (int i = 0; i < groups.length; i++) {
      folds[i] = foldOf.get(groups[i] == null ? "" : groups[i]);
    }
    List<List<String>> names = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      names.add(new ArrayList<>());
    }
    foldOf.forEach((g, f) -> names.get(f).add(g));
    return new GroupedFolds(groups.clone(), folds, names.stream().map(List::copyOf).toList());
  }

  /** Number of folds. */
  public int count() {
    return names.size();
  }

  /** Positions of the cells validated in fold {@code f}. */
  public int[] validation(int f) {
    return positions(f, true);
  }

  /** Positions of the cells trained on when fold {@code f} is validated. */
  public int[] training(int f) {
    return positions(f, false);
  }

  private int[] positions(int f, boolean in) {
    int n = 0;
    for (int fold : folds) {
      n += (fold == f) == in ? 1 : 0;
    }
    int[] out = new int[n];
    int j = 0;
    for (int i = 0; i < folds.length; i++) {
      if ((folds[i] == f) == in) {
        out[j++] = i;
      }
    }
    return out;
  }
}
