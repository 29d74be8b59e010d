package org.reclaim.analysis.criteria;

import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;

/**
 * A packed uniform grid over items with small envelopes (points, fields, sites), in projected
 * metres: each item is filed under the cell of its envelope's centre, and a query visits the cells
 * of the box grown by the largest half-extent of any item, then checks each envelope exactly.
 *
 * <p>Why not JTS's {@code STRtree} for these layers: building is a counting sort (linear, no
 * per-item node objects), and a query is array reads — which matters for two million evidence
 * points queried twice per area. Items with large envelopes (long roads) stay in an {@code
 * STRtree}. Immutable after construction; thread safe for queries.
 *
 * @param <T> item type
 */
final class GridIndex<T> {
  private final double cellM;
  private final double minX;
  private final double minY;
  private final int cols;
  private final int rows;
  private final int[] cellStart;
  private final double[] boxes;
  private final Object[] items;
  private final double halfW;
  private final double halfH;

  /**
   * @param envelopes per item i: {@code minX, minY, maxX, maxY} at {@code 4i}, in metres
   * @param items the items, same order
   * @param cellM cell size in metres
   */
  GridIndex(double[] envelopes, T[] items, double cellM) {
    int n = items.length;
    this.cellM = cellM;
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    double hw = 0;
    double hh = 0;
    for (int i = 0; i < n; i++) {
      int b = 4 * i;
      x0 = Math.min(x0, envelopes[b]);
      y0 = Math.min(y0, envelopes[b + 1]);
      x1 = Math.max(x1, envelopes[b + 2]);
      y1 = Math.max(y1, envelopes[b + 3]);
      hw = Math.max(hw, (envelopes[b + 2] - envelopes[b]) / 2);
      hh = Math.max(hh, (envelopes[b + 3] - envelopes[b + 1]) / 2);
    }
    if (n == 0) {
      x0 = y0 = x1 = y1 = 0;
    }
    this.minX = x0;
    this.minY = y0;
    this.halfW = hw;
    this.halfH = hh;
    this.cols = Math.max(1, (int) Math.ceil((x1 - x0) / cellM) + 1);
    this.rows = Math.max(1, (int) Math.ceil((y1 - y0) / cellM) + 1);
    int[] cellOf = new int[n];
    this.cellStart = new int[cols * rows + 1];
    for (int i = 0; i < n; i++) {
      int b = 4 * i;
      cellOf[i] =
          cell((envelopes[b] + envelopes[b + 2]) / 2, (envelopes[b + 1] + envelopes[b + 3]) / 2);
      cellStart[cellOf[i] + 1]++;
    }
    for (int c = 0; c < cols * rows; c++) {
      cellStart[c + 1] += cellStart[c];
    }
    int[] fill = cellStart.clone();
    this.boxes = new double[4 * n];
    this.items = new Object[n];
    for (int i = 0; i < n; i++) {
      int at = fill[cellOf[i]]++;
      System.arraycopy(envelopes, 4 * i, boxes, 4 * at, 4);
      this.items[at] = items[i];
    }
  }

  private int cell(double x, double y) {
    int cx = Math.min(cols - 1, Math.max(0, (int) ((x - minX) / cellM)));
    int cy = Math.min(rows - 1, Math.max(0, (int) ((y - minY) / cellM)));
    return cy * cols + cx;
  }

  /** Calls {@code visit} with every item whose envelope intersects {@code box}. */
  @SuppressWarnings("unchecked")
  void query(Envelope box, Consumer<T> visit) {
    if (items.length == 0) {
      return;
    }
    int cx0 = Math.max(0, (int) Math.floor((box.getMinX() - halfW - minX) / cellM));
    int cx1 = Math.min(cols - 1, (int) Math.floor((box.getMaxX() + halfW - minX) / cellM));
    int cy0 = Math.max(0, (int) Math.floor((box.getMinY() - halfH - minY) / cellM));
    int cy1 = Math.min(rows - 1, (int) Math.floor((box.getMaxY() + halfH - minY) / cellM));
    if (cx0 > cx1 || cy0 > cy1) {
      return;
    }
    for (int cy = cy0; cy <= cy1; cy++) {
      int from = cellStart[cy * cols + cx0];
      int to = cellStart[cy * cols + cx1 + 1];
      for (int k = from; k < to; k++) {
        int b = 4 * k;
        if (boxes[b] <= box.getMaxX()
            && boxes[b + 2] >= box.getMinX()
            && boxes[b + 1] <= box.getMaxY()
            && boxes[b + 3] >= box.getMinY()) {
          visit.accept((T) items[k]);
        }
      }
    }
  }

  /** Number of items. */
  int size() {
    return items.length;
  }
}
