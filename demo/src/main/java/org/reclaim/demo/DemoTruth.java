package org.reclaim.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The demo world's hidden contamination, area by area ({@link AreaTruth}): what benchmarks score
 * models against and what the decision simulator's tasks find. Never an input to a model and never
 * written to the register.
 *
 * <p>Immutable, thread safe.
 *
 * @param areas the truth of every hazardous area, in area order
 */
public record DemoTruth(List<AreaTruth> areas) {
  public DemoTruth {
    areas = List.copyOf(areas);
  }

  /** The truth of area {@code id}. */
  public AreaTruth of(long id) {
    int i = (int) id - 1;
    if (i >= 0 && i < areas.size() && areas.get(i).areaId() == id) {
      return areas.get(i);
    }
    Map<Long, AreaTruth> byId = new HashMap<>();
    areas.forEach(a -> byId.put(a.areaId(), a));
    AreaTruth t = byId.get(id);
    if (t == null) {
      throw new NoSuchElementException("no hazardous area " + id + " in the demo world");
    }
    return t;
  }

  /** Share of the areas that are contaminated. */
  public double contaminatedShare() {
    return areas.stream().filter(AreaTruth::contaminated).count() / (double) areas.size();
  }
}
