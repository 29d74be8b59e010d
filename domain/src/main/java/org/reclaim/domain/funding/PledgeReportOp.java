package org.reclaim.domain.funding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.domain.release.LandRelease;

/**
 * The half-yearly pledge report: per donor, what was pledged, committed (grants signed), disbursed
 * and spent (costs booked to its grants) in the half-year, the outputs its money bought, and its
 * share of the half-year's disbursements (the burden shared among donors).
 *
 * <p>Outputs bought: the m² released in the half-year by each task, attributed to donors in
 * proportion to their share of that task's booked cost (all bookings of the task, whatever their
 * date). Cost booked to no grant (the operator's own funds) buys the rest, which no donor claims.
 * So the outputs of all donors never add up to more than the m² released.
 *
 * <p>Pure function of its inputs; thread safe.
 */
public final class PledgeReportOp {
  private PledgeReportOp() {}

  /**
   * One donor's line.
   *
   * @param sharePercent the donor's disbursements as % of all disbursements in the half-year; 0
   *     when nothing was disbursed
   */
  public record Line(
      long donorId,
      String donor,
      double pledgedUsd,
      double committedUsd,
      double disbursedUsd,
      double spentUsd,
      double outputsM2,
      double sharePercent) {}

  /** The register's funding records the report is computed from. */
  public record Funding(
      List<Donor> donors,
      List<Pledge> pledges,
      List<Grant> grants,
      List<Disbursement> disbursements,
      List<CostBooking> costs,
      List<LandRelease> releases) {}

  /** One line per donor, in donor id order. */
  public static List<Line> report(Funding f, HalfYear half) {
    Map<Long, Long> donorOfGrant = new HashMap<>();
    for (Grant g : f.grants()) {
      donorOfGrant.put(g.id(), g.donorId());
    }
    Map<Long, Double> taskCost = new HashMap<>();
    Map<Long, Map<Long, Double>> donorTaskCost = new HashMap<>();
    for (CostBooking c : f.costs()) {
      taskCost.merge(c.taskId(), c.amountUsd(), Double::sum);
      Long donor = c.grantId() == null ? null : donorOfGrant.get(c.grantId());
      if (donor != null) {
        donorTaskCost
            .computeIfAbsent(donor, k -> new HashMap<>())
            .merge(c.taskId(), c.amountUsd(), Double::sum);
      }
    }
    Map<Long, Double> releasedInHalf = new HashMap<>();
    for (LandRelease r : f.releases()) {
      if (r.taskId() != null && half.contains(r.releasedOn())) {
        releasedInHalf.merge(r.taskId(), r.areaM2(), Double::sum);
      }
    }
    double totalDisbursed =
        f.disbursements().stream()
            .filter(d -> half.contains(d.disbursedOn()))
            .mapToDouble(Disbursement::amountUsd)
            .sum();
    List<Line> lines = new ArrayList<>();
    for (Donor d : f.donors().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList()) {
      long id = d.id();
      double pledged =
          f.pledges().stream()
              .filter(p -> p.donorId() == id && half.contains(p.pledgedOn()))
              .mapToDouble(Pledge::amountUsd)
              .sum();
      double committed =
          f.grants().stream()
              .filter(g -> g.donorId() == id && half.contains(g.committedOn()))
              .mapToDouble(Grant::amountUsd)
              .sum();
      double disbursed =
          f.disbursements().stream()
              .filter(x -> donorOfGrant.get(x.grantId()) == id && half.contains(x.disbursedOn()))
              .mapToDouble(Disbursement::amountUsd)
              .sum();
      double spent =
          f.costs().stream()
              .filter(
                  c ->
                      c.grantId() != null
                          && Long.valueOf(id).equals(donorOfGrant.get(c.grantId()))
                          && half.contains(c.bookedOn()))
              .mapToDouble(CostBooking::amountUsd)
              .sum();
      double outputs = 0;
      for (Map.Entry<Long, Double> e : donorTaskCost.getOrDefault(id, Map.of()).entrySet()) {
        double m2 = releasedInHalf.getOrDefault(e.getKey(), 0.0);
        outputs += m2 * e.getValue() / taskCost.get(e.getKey());
      }
      double share = totalDisbursed > 0 ? 100 * disbursed / totalDisbursed : 0;
      lines.add(new Line(id, d.name(), pledged, committed, disbursed, spent, outputs, share));
    }
    return lines;
  }
}
