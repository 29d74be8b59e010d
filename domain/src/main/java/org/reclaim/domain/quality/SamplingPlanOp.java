package org.reclaim.domain.quality;

import org.reclaim.domain.DomainException;

/**
 * Derives the QC sampling plan for a cleared lot the way IMAS 09.20 applies ISO 2859-1: the lot
 * (the land released by one task) is divided into sampling units of {@code unitM2}; the lot size in
 * units gives the sample size code letter (ISO 2859-1 Table I, general inspection levels I–III),
 * the letter gives the sample size, and the letter with the AQL gives the acceptance number (Table
 * II-A, single sampling, normal inspection).
 *
 * <p>Table II-A is regular: along each diagonal (code letter index + AQL index constant) the plan
 * is the same. With letters A…R indexed 0…15 and the preferred AQLs 0.010…6.5 indexed 0…14, the
 * diagonal {@code d = letter + aql - 14} holds Ac/Re 0/1 at d = 0, an up arrow at d = 1 (use the
 * plan above: the smaller sample with Ac 0), a down arrow at d = 2 and below 0 (use the plan
 * below), then 1/2, 2/3, 3/4, 5/6, 7/8, 10/11, 14/15, 21/22 for d = 3…10. Following an arrow
 * changes the sample size with the plan, as the standard says. When the sample would be as large as
 * the lot, every unit is inspected (100 %), as the standard's note to Table II-A says.
 *
 * <p>Mine action adds one rule the statistics do not: an explosive item found in the sample is a
 * critical non-conformity and fails the lot whatever the acceptance number (IMAS 09.20). That rule
 * is applied by {@link QcInspection}, not here. Thread safe; stateless.
 */
public final class SamplingPlanOp {
  /** Preferred AQLs, % non-conforming, ISO 2859-1 Table II-A, up to 6.5. */
  static final double[] AQLS = {
    0.010, 0.015, 0.025, 0.040, 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5
  };

  static final char[] LETTERS = "ABCDEFGHJKLMNPQR".toCharArray();
  static final int[] SAMPLE_SIZES = {
    2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000
  };

  /** Upper bounds of the lot size bands of Table I (the last band is open). */
  static final int[] LOT_BOUNDS = {
    8, 15, 25, 50, 90, 150, 280, 500, 1200, 3200, 10_000, 35_000, 150_000, 500_000
  };

  /** Table I, general levels I, II, III: the code letter per lot size band. */
  private static final String LEVEL_I = "AABCCDEFGHJKLMN";

  private static final String LEVEL_II = "ABCDEFGHJKLMNPQ";
  private static final String LEVEL_III = "BCDEFGHJKLMNPQR";

  /** Ac for the diagonals d = 3…10 of Table II-A. */
  private static final int[] AC_BY_DIAGONAL = {1, 2, 3, 5, 7, 10, 14, 21};

  private SamplingPlanOp() {}

  /**
   * The plan for a lot of {@code lotM2} released m² cut into units of {@code unitM2}.
   *
   * @param aqlPercent one of the preferred AQLs from 0.010 to 6.5
   * @throws DomainException naming the field for a non-positive area or unit, or an AQL that is not
   *     a preferred value
   */
  public static SamplingPlan plan(
      double lotM2, double unitM2, InspectionLevel level, double aqlPercent) {
    if (!(unitM2 > 0)) {
      throw new DomainException("SamplingPlan", "unitM2", "must be > 0, was " + unitM2);
    }
    if (!(lotM2 > 0)) {
      throw new DomainException("SamplingPlan", "lotM2", "must be > 0, was " + lotM2);
    }
    int lotSize = (int) Math.max(1, Math.ceil(lotM2 / unitM2 - 1e-9));
    return planForUnits(lotSize, unitM2, level, aqlPercent);
  }

  /** The plan for a lot of {@code lotSize} sampling units. */
  public static SamplingPlan planForUnits(
      int lotSize, double unitM2, InspectionLevel level, double aqlPercent) {
    int aql = aqlIndex(aqlPercent);
    int letter = codeLetterIndex(lotSize, level);
    int l = letter;
    while (true) {
      int d = l + aql - 14;
      if (d == 0 || d >= 3) {
        int ac = d == 0 ? 0 : AC_BY_DIAGONAL[Math.min(d, 10) - 3];
        int n = Math.min(SAMPLE_SIZES[l], lotSize);
        return new SamplingPlan(lotSize, unitM2, level, aqlPercent, LETTERS[letter], n, ac, ac + 1);
      }
      l += d == 1 ? -1 : 1; // up arrow at d = 1, down arrow at d = 2 and d < 0
    }
  }

  /** Index 0…15 of the code letter for {@code lotSize} units (Table I). */
  static int codeLetterIndex(int lotSize, InspectionLevel level) {
    if (lotSize < 1) {
      throw new DomainException("SamplingPlan", "lotSize", "must be >= 1, was " + lotSize);
    }
    int band = 0;
    while (band < LOT_BOUNDS.length && lotSize > LOT_BOUNDS[band]) {
      band++;
    }
    String column =
        switch (level) {
          case I -> LEVEL_I;
          case II -> LEVEL_II;
          case III -> LEVEL_III;
          default -> throw new IllegalStateException("unknown level " + level);
        };
    char c = column.charAt(band);
    return new String(LETTERS).indexOf(c);
  }

  private static int aqlIndex(double aqlPercent) {
    for (int i = 0; i < AQLS.length; i++) {
      if (Math.abs(AQLS[i] - aqlPercent) < 1e-9) {
        return i;
      }
    }
    throw new DomainException(
        "SamplingPlan",
        "aqlPercent",
        aqlPercent + " is not a preferred AQL of ISO 2859-1 from 0.010 to 6.5");
  }
}
