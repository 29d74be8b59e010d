package org.reclaim.demo;

import java.util.Locale;
import java.util.function.Consumer;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.reclaim.domain.geometry.LocalProjection;
import org.reclaim.domain.geometry.Wgs84;

/**
 * A synthetic national cadastre of agricultural land parcels over Ukraine's real outline, for
 * benchmarks and tests of parcel-level estimates at the scale of the State Land Cadastre (about 20
 * million parcels).
 *
 * <p>The country is covered by a grid of field blocks of {@value #BLOCK_PARCELS} parcels on
 * average; a block is cut into parallel strips (land shares) running north–south or east–west, of
 * lognormally varying width, so parcels never overlap and sizes vary around the mean, about {@value
 * #MEAN_PARCEL_HA} ha — the typical Ukrainian land share of 1–4 ha. Blocks are drawn at random
 * among the grid cells inside the country until the requested number of parcels is reached; when
 * more parcels are asked for than the land holds at that size, blocks take more, narrower strips.
 * Crops and values per hectare are the demo's ({@link LandLayer}). Cadastral numbers follow the
 * national format {@code KKKKKKKKKK:ZZ:QQQ:PPPP} (territory, zone, quarter, parcel), here
 * synthetic: the territory part is the block's grid cell.
 *
 * <p>Parcels come out block by block in grid order, one at a time: nothing but the list of land
 * cells is held in memory. Deterministic for a seed.
 */
public final class SyntheticCadastre {
  static final double MEAN_PARCEL_HA = 3.0;
  static final int BLOCK_PARCELS = 40;
  private static final double STRIP_SIGMA = 0.5;
  private static int[] landCells;

  /** A parcel: cadastral number, crop, yearly value per hectare (US$) and its field, lon/lat. */
  public record Parcel(String cadastralNumber, String crop, double valueUsdPerHa, Polygon field) {}

  private SyntheticCadastre() {}

  /**
   * Generates {@code parcels} parcels for {@code seed}, handing each to {@code sink} in turn.
   *
   * @throws IllegalArgumentException when {@code parcels} is not positive
   */
  public static void generate(long parcels, long seed, Consumer<Parcel> sink) {
    if (parcels < 1) {
      throw new IllegalArgumentException("parcels must be at least 1, was " + parcels);
    }
    Boundaries b = Boundaries.load();
    Envelope extent = b.country().getEnvelopeInternal();
    LocalProjection frame = LocalProjection.near(extent.centre().x, extent.centre().y);
    double side = Math.sqrt(BLOCK_PARCELS * MEAN_PARCEL_HA * 10_000);
    Envelope metric = frame.project(b.country()).getEnvelopeInternal();
    int cols = (int) Math.ceil(metric.getWidth() / side);
    int rows = (int) Math.ceil(metric.getHeight() / side);
    int[] land = landCells(b, frame, metric, side, cols, rows).clone();
    Draw d = Draw.stream(seed, "cadastre");
    long blocks = Math.min(land.length, (parcels + BLOCK_PARCELS - 1) / BLOCK_PARCELS);
    // a seeded partial shuffle picks the blocks; they are then visited in grid order
    for (int i = 0; i < blocks; i++) {
      int j = i + d.index(land.length - i);
      int t = land[i];
      land[i] = land[j];
      land[j] = t;
    }
    java.util.Arrays.sort(land, 0, (int) blocks);
    long base = parcels / blocks;
    long extra = parcels % blocks;
    for (int i = 0; i < blocks; i++) {
      int cell = land[i];
      int strips = (int) (base + (i < extra ? 1 : 0));
      double x0 = metric.getMinX() + (cell % cols) * side;
      double y0 = metric.getMinY() + (cell / cols) * side;
      block(frame, cell, x0, y0, side, strips, Draw.stream(seed, "block-" + cell), sink);
    }
  }

  /** Grid cells whose centre lies in the country, row-major indices; computed once per JVM. */
  private static synchronized int[] landCells(
      Boundaries b, LocalProjection frame, Envelope metric, double side, int cols, int rows) {
    if (landCells != null) {
      return landCells;
    }
    IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(b.country());
    int[] out = new int[cols * rows];
    int n = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        Coordinate centre =
            frame.unproject(
                new Coordinate(
                    metric.getMinX() + (c + 0.5) * side, metric.getMinY() + (r + 0.5) * side));
        if (inside.locate(centre) != Location.EXTERIOR) {
          out[n++] = r * cols + c;
        }
      }
    }
    landCells = java.util.Arrays.copyOf(out, n);
    return landCells;
  }

  private static void block(
      LocalProjection frame,
      int cell,
      double x0,
      double y0,
      double side,
      int strips,
      Draw d,
      Consumer<Parcel> sink) {
    double[] widths = new double[strips];
    double total = 0;
    for (int s = 0; s < strips; s++) {
      widths[s] = d.lognormalWithMean(1, STRIP_SIGMA);
      total += widths[s];
    }
    boolean northSouth = d.chance(0.5);
    double at = 0;
    for (int s = 0; s < strips; s++) {
      double w = side * widths[s] / total;
      double a = at;
      double z = s == strips - 1 ? side : at + w;
      Polygon field =
          northSouth
              ? rectangle(frame, x0 + a, y0, x0 + z, y0 + side)
              : rectangle(frame, x0, y0 + a, x0 + side, y0 + z);
      int crop = d.weighted(LandLayer.CROP_SHARE);
      double value = Math.round(LandLayer.CROP_USD_PER_HA[crop] * d.uniform(0.75, 1.25));
      String number =
          String.format(
              Locale.ROOT, "%010d:01:%03d:%04d", 1_000_000_000L + cell, cell % 1000, s + 1);
      sink.accept(new Parcel(number, LandLayer.CROPS[crop], value, field));
      at = z;
    }
  }

  private static Polygon rectangle(
      LocalProjection frame, double x0, double y0, double x1, double y1) {
    Coordinate[] ring = {
      frame.unproject(new Coordinate(x0, y0)),
      frame.unproject(new Coordinate(x1, y0)),
      frame.unproject(new Coordinate(x1, y1)),
      frame.unproject(new Coordinate(x0, y1)),
      null
    };
    ring[4] = ring[0].copy();
    return Wgs84.FACTORY.createPolygon(ring);
  }
}
