package org.reclaim.likelihood.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where contamination has been found before: the cells labelled contaminated that a model may learn
 * from, and two features drawn from them for any place — the distance to the nearest such cell, and
 * how many lie within {@code radiusKm}. Ordnance clusters (minefields, strike zones), so a cell
 * near known contamination is more likely contaminated itself: the idea behind RELand's distance to
 * earlier mine events and behind "items found by earlier tasks nearby".
 *
 * <p>Honest by construction: within cross-validation the known cells are the training folds' only;
 * a training cell never counts itself ({@link #features} skips a known cell at the query's own
 * position). Distances are on a local equirectangular approximation of the sphere (error under 0.5
 * % within 100 km), looked up in a grid of {@code radiusKm} cells.
 *
 * <p>Immutable, thread safe.
 *
 * @param lat latitudes of the known contaminated cells, degrees
 * @param lon their longitudes, degrees
 * @param radiusKm the neighbourhood counted
 */
public record KnownContamination(double[] lat, double[] lon, double radiusKm) {
  private static final double KM_PER_DEGREE = 111.195;

  /** Distance given when no contaminated cell is known within {@link #MAX_RINGS} radii. */
  public static final double FAR_KM = 1_000;

  /** How many radii out the nearest known cell is looked for. */
  public static final int MAX_RINGS = 60;

  public KnownContamination {
    if (lat.length != lon.length) {
      throw new IllegalArgumentException("known contamination: lat and lon differ in length");
    }
    if (!(radiusKm > 0)) {
      throw new IllegalArgumentException("radiusKm must be > 0, was " + radiusKm);
    }
    lat = lat.clone();
    lon = lon.clone();
  }

  /** The names of the two features, as models and explanations show them. */
  public static List<String> featureNames(double radiusKm) {
    return List.of(
        "known_contamination_distance_km",
        String.format(java.util.Locale.ROOT, "known_contamination_within_%.0fkm", radiusKm));
  }

  /**
   * The two features of every query point: distance to the nearest known cell (km, {@link #FAR_KM}
   * when none is known within {@link #MAX_RINGS} radii) and the count within the radius; a known
   * cell at the query's own position (within 1 m) is not counted.
   */
  public float[][] features(double[] qLat, double[] qLon) {
    Grid grid = new Grid();
    float[][] out = new float[qLat.length][2];
    for (int i = 0; i < qLat.length; i++) {
      if (Double.isNaN(qLat[i]) || Double.isNaN(qLon[i])) {
        out[i][0] = Float.NaN;
        out[i][1] = Float.NaN;
        continue;
      }
      double nearest = FAR_KM;
      int within = 0;
      double cos = Math.cos(Math.toRadians(qLat[i]));
      for (int ring = 0; ; ring++) {
        double best = grid.scanRing(qLat[i], qLon[i], ring, cos);
        nearest = Math.min(nearest, best);
        // every cell of ring r+1 is at least r × the grid size away
        if (nearest <= ring * radiusKm || ring > grid.maxRing) {
          break;
        }
      }
      within = grid.countWithin(qLat[i], qLon[i], cos);
      out[i][0] = (float) nearest;
      out[i][1] = within;
    }
    return out;
  }

  private double km(double aLat, double aLon, double bLat, double bLon, double cos) {
    double dy = (aLat - bLat) * KM_PER_DEGREE;
    double dx = (aLon - bLon) * KM_PER_DEGREE * cos;
    return Math.sqrt(dx * dx + dy * dy);
  }

  /** The known cells in square buckets of about {@code radiusKm}, by (row, column). */
  private final class Grid {
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private final double stepLat = radiusKm / KM_PER_DEGREE;
    private final double stepLon;
    private final int maxRing;

    Grid() {
      double meanLat = 0;
      for (double v : lat) {
        meanLat += v / Math.max(1, lat.length);
      }
      stepLon = stepLat / Math.max(0.1, Math.cos(Math.toRadians(meanLat)));
      for (int k = 0; k < lat.length; k++) {
        buckets.computeIfAbsent(key(row(lat[k]), col(lon[k])), x -> new ArrayList<>()).add(k);
      }
      // search at most this many rings (about 120 km at a 2 km radius); beyond, "far"
      maxRing = lat.length == 0 ? -1 : MAX_RINGS;
    }

    private long row(double la) {
      return (long) Math.floor(la / stepLat);
    }

    private long col(double lo) {
      return (long) Math.floor(lo / stepLon);
    }

    private long key(long r, long c) {
      return (r << 32) ^ (c & 0xffffffffL);
    }

    /** The nearest distance among the buckets on ring {@code ring} around the query's bucket. */
    double scanRing(double la, double lo, int ring, double cos) {
      if (lat.length == 0) {
        return FAR_KM;
      }
      long r0 = row(la);
      long c0 = col(lo);
      double best = FAR_KM;
      for (long r = r0 - ring; r <= r0 + ring; r++) {
        boolean edgeRow = Math.abs(r - r0) == ring;
        long step = edgeRow || ring == 0 ? 1 : 2L * ring;
        for (long c = c0 - ring; c <= c0 + ring; c += step) {
          List<Integer> in = buckets.get(key(r, c));
          if (in == null) {
            continue;
          }
          for (int k : in) {
            double d = km(la, lo, lat[k], lon[k], cos);
            if (d > 0.001) {
              best = Math.min(best, d);
            }
          }
        }
      }
      return best;
    }

    int countWithin(double la, double lo, double cos) {
      long r0 = row(la);
      long c0 = col(lo);
      int n = 0;
      for (long r = r0 - 1; r <= r0 + 1; r++) {
        for (long c = c0 - 1; c <= c0 + 1; c++) {
          List<Integer> in = buckets.get(key(r, c));
          if (in == null) {
            continue;
          }
          for (int k : in) {
            double d = km(la, lo, lat[k], lon[k], cos);
            if (d > 0.001 && d <= radiusKm) {
              n++;
            }
          }
        }
      }
      return n;
    }
  }
}
