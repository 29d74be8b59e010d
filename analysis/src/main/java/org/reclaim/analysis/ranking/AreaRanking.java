package org.reclaim.analysis.ranking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hazardous areas in priority order under one policy profile, each with its explanation. Immutable.
 *
 * @param profileName the profile's name
 * @param profileVersion the profile's version
 * @param method the scoring method as applied, e.g. {@code weighted-sum/MIN_MAX} or {@code topsis}
 * @param areas best first
 */
public record AreaRanking(
    String profileName, int profileVersion, String method, List<RankedArea> areas) {

  /** Copies the list. */
  public AreaRanking {
    areas = List.copyOf(areas);
  }

  /** The entry of one area, if ranked. */
  public Optional<RankedArea> findArea(long areaId) {
    return areas.stream().filter(a -> a.areaId() == areaId).findFirst();
  }

  /** Area id → rank. */
  public Map<Long, Integer> ranks() {
    Map<Long, Integer> out = new HashMap<>(areas.size() * 2);
    areas.forEach(a -> out.put(a.areaId(), a.rank()));
    return out;
  }
}
