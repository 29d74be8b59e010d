package org.reclaim.bench.likelihood;

import java.util.SplittableRandom;
import org.reclaim.likelihood.table.Table;

/**
 * A seeded table of labelled cells for the likelihood benchmark at scale: {@code features} numeric
 * columns {@code f0, f1, …} (standard normal, shifted per region), a {@code region} column of
 * {@code regions} groups and a 0/1 {@code found} label drawn from a logistic link with non-linear
 * and interaction terms, so that trees have something to find: {@code logit = −2.6 + 1.2·f0 −
 * 0.8·f1 + 0.6·f2·f3 + 0.8·sin(2·f4) + 0.5·[f5 > 1] + u_region + ε}, {@code u ~ N(0, 0.5²)}, {@code
 * ε ~ N(0, 0.5²)}; about one cell in eight is labelled contaminated. The other features are noise,
 * as many register features are for a given region.
 */
public final class SyntheticCells {
  private SyntheticCells() {}

  /** {@code cells} rows of {@code features} features in {@code regions} regions. */
  public static Table generate(int cells, int features, int regions, long seed) {
    if (features < 6) {
      throw new IllegalArgumentException("features: at least 6, was " + features);
    }
    SplittableRandom r = new SplittableRandom(seed);
    double[] regionEffect = new double[regions];
    double[][] regionShift = new double[regions][features];
    for (int g = 0; g < regions; g++) {
      regionEffect[g] = 0.5 * gaussian(r);
      for (int j = 0; j < features; j++) {
        regionShift[g][j] = 0.3 * gaussian(r);
      }
    }
    double[][] x = new double[features][cells];
    String[] region = new String[cells];
    double[] found = new double[cells];
    for (int i = 0; i < cells; i++) {
      int g = r.nextInt(regions);
      region[i] = "region-" + g;
      for (int j = 0; j < features; j++) {
        x[j][i] = gaussian(r) + regionShift[g][j];
      }
      double logit =
          -2.6
              + 1.2 * x[0][i]
              - 0.8 * x[1][i]
              + 0.6 * x[2][i] * x[3][i]
              + 0.8 * Math.sin(2 * x[4][i])
              + (x[5][i] > 1 ? 0.5 : 0)
              + regionEffect[g]
              + 0.5 * gaussian(r);
      found[i] = r.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    }
    Table.Builder b = Table.builder(cells).text("region", region).numeric("found", found);
    for (int j = 0; j < features; j++) {
      b.numeric("f" + j, x[j]);
    }
    return b.build();
  }

  private static double gaussian(SplittableRandom r) {
    double u = Math.max(r.nextDouble(), 1e-300);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
