package org.reclaim.domain.handover;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reclaim.domain.hazard.LandUse;

/**
 * The mine action / agriculture nexus measure: hectares of released farmland back in production, by
 * region and by the year (or month) it returned to use. Counts a handover when its land use after
 * release is {@link LandUse#AGRICULTURE} or {@link LandUse#PASTURE} and it has a return date; land
 * handed over but not yet farmed is not counted, so the measure is of production, not of release.
 *
 * <p>Thread safe; stateless.
 */
public final class NexusOp {
  private NexusOp() {}

  /**
   * A handover with the region of its area.
   *
   * @param regionId the area's region, or {@code null} if unassigned (reported under 0)
   */
  public record Placed(Handover handover, Long regionId) {}

  /** Whether a handover counts as farmland back in production. */
  public static boolean counts(Handover h) {
    return h.returnedToUseOn() != null
        && (h.landUseAfter() == LandUse.AGRICULTURE || h.landUseAfter() == LandUse.PASTURE);
  }

  /**
   * Hectares back in production, region id → period → ha, both sorted. A period is the year ({@code
   * "2026"}) or, with {@code monthly}, the month ({@code "2026-05"}).
   */
  public static Map<Long, Map<String, Double>> hectaresByRegion(
      List<Placed> handovers, boolean monthly) {
    Map<Long, Map<String, Double>> out = new TreeMap<>();
    for (Placed p : handovers) {
      Handover h = p.handover();
      if (!counts(h)) {
        continue;
      }
      String period =
          monthly
              ? h.returnedToUseOn().toString().substring(0, 7)
              : String.valueOf(h.returnedToUseOn().getYear());
      long region = p.regionId() == null ? 0 : p.regionId();
      out.computeIfAbsent(region, k -> new TreeMap<>())
          .merge(period, h.releasedM2() / 10_000.0, Double::sum);
    }
    return out;
  }
}
