package org.reclaim.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class GridIndexTest {
  @Test
  void findsExactlyTheItemsWhoseEnvelopesIntersectTheBox() {
    SplittableRandom r = new SplittableRandom(5);
    int n = 3_000;
    double[] boxes = new double[4 * n];
    Integer[] ids = new Integer[n];
    for (int i = 0; i < n; i++) {
      double x = r.nextDouble(-50_000, 50_000);
      double y = r.nextDouble(-30_000, 30_000);
      // points, small fields and a few large sites
      double w = i % 3 == 0 ? 0 : r.nextDouble(0, i % 50 == 0 ? 8_000 : 800);
      double h = i % 3 == 0 ? 0 : r.nextDouble(0, 800);
      boxes[4 * i] = x;
      boxes[4 * i + 1] = y;
      boxes[4 * i + 2] = x + w;
      boxes[4 * i + 3] = y + h;
      ids[i] = i;
    }
    GridIndex<Integer> grid = new GridIndex<>(boxes, ids, 1_000);
    assertThat(grid.size()).isEqualTo(n);
    for (int q = 0; q < 300; q++) {
      // boxes inside, across and entirely outside the extent
      double x = r.nextDouble(-90_000, 90_000);
      double y = r.nextDouble(-60_000, 60_000);
      Envelope box = new Envelope(x, x + r.nextDouble(0, 12_000), y, y + r.nextDouble(0, 12_000));
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (box.intersects(
            new Envelope(boxes[4 * i], boxes[4 * i + 2], boxes[4 * i + 1], boxes[4 * i + 3]))) {
          expected.add(i);
        }
      }
      List<Integer> found = new ArrayList<>();
      grid.query(box, found::add);
      assertThat(found).as("query %d %s", q, box).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void anEmptyGridFindsNothing() {
    GridIndex<Integer> grid = new GridIndex<>(new double[0], new Integer[0], 1_000);
    List<Integer> found = new ArrayList<>();
    grid.query(new Envelope(0, 1, 0, 1), found::add);
    assertThat(found).isEmpty();
  }
}
