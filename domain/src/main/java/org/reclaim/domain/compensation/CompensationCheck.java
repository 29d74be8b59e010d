package org.reclaim.domain.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.context.ReferenceLine;
import org.reclaim.domain.geometry.DistanceOp;
import org.reclaim.domain.hazard.HazardousArea;

/**
 * Pre-checks a farmland parcel against {@link CompensationRules}: each rule is evaluated and
 * reported with its figures (which area confirms contamination, how far the nearest line is), so a
 * refusal says why. A pre-check, not a decision: the programme decides.
 *
 * <p>Distances are the shortest distance between the parcel and the line in metres ({@link
 * DistanceOp}, about 0.1 % within 100 km, 1 % at 500 km). Pure; thread safe.
 */
public final class CompensationCheck {
  private CompensationCheck() {}

  /**
   * One rule's outcome.
   *
   * @param rule the rule's name: {@code nts_confirmed}, {@code contact_line_distance}, {@code
   *     border_distance}
   * @param passed whether the parcel meets it
   * @param detail the figures behind it, in words
   */
  public record Finding(String rule, boolean passed, String detail) {}

  /** The outcome: eligible when every finding passed. */
  public record Result(long parcelId, boolean eligible, List<Finding> findings) {
    public Result {
      findings = List.copyOf(findings);
    }
  }

  /**
   * Checks {@code parcel}.
   *
   * @param areas hazardous areas to test for overlap (e.g. those whose box meets the parcel's)
   * @param ntsConfirmed ids of the areas a completed non-technical survey confirmed
   * @param lines the contact lines and borders in the register
   */
  public static Result check(
      AgriculturalParcel parcel,
      List<HazardousArea> areas,
      Set<Long> ntsConfirmed,
      List<ReferenceLine> lines,
      CompensationRules rules) {
    List<Finding> findings = new ArrayList<>();
    if (rules.requireNtsConfirmed()) {
      findings.add(nts(parcel, areas, ntsConfirmed));
    }
    if (rules.minDistanceKmFromContactLine() > 0) {
      findings.add(
          distance(
              parcel,
              lines,
              ReferenceLine.Kind.CONTACT_LINE,
              rules.minDistanceKmFromContactLine(),
              "contact_line_distance"));
    }
    if (rules.minDistanceKmFromBorder() > 0) {
      findings.add(
          distance(
              parcel,
              lines,
              ReferenceLine.Kind.BORDER,
              rules.minDistanceKmFromBorder(),
              "border_distance"));
    }
    boolean eligible = findings.stream().allMatch(Finding::passed);
    return new Result(parcel.id(), eligible, findings);
  }

  private static Finding nts(
      AgriculturalParcel parcel, List<HazardousArea> areas, Set<Long> ntsConfirmed) {
    List<String> overlapping = new ArrayList<>();
    for (HazardousArea a : areas) {
      if (a.geometry().intersects(parcel.geometry()) && !a.geometry().touches(parcel.geometry())) {
        if (ntsConfirmed.contains(a.id())) {
          return new Finding(
              "nts_confirmed",
              true,
              "overlaps hazardous area " + a.code() + ", contamination confirmed by NTS");
        }
        overlapping.add(a.code());
      }
    }
    return new Finding(
        "nts_confirmed",
        false,
        overlapping.isEmpty()
            ? "overlaps no hazardous area in the register"
            : "overlaps " + overlapping + ", none with contamination confirmed by NTS");
  }

  private static Finding distance(
      AgriculturalParcel parcel,
      List<ReferenceLine> lines,
      ReferenceLine.Kind kind,
      double minKm,
      String rule) {
    String what = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    ReferenceLine nearest = null;
    double nearestM = Double.POSITIVE_INFINITY;
    for (ReferenceLine l : lines) {
      if (l.kind() == kind) {
        double d = DistanceOp.distanceM(parcel.geometry(), l.geometry());
        if (d < nearestM) {
          nearestM = d;
          nearest = l;
        }
      }
    }
    if (nearest == null) {
      return new Finding(rule, false, "no " + what + " in the register to measure from");
    }
    boolean passed = nearestM > minKm * 1000;
    return new Finding(
        rule,
        passed,
        String.format(
            Locale.ROOT,
            "%.1f km from the %s (%s); the programme requires more than %.1f km",
            nearestM / 1000,
            what,
            nearest.name(),
            minKm));
  }
}
