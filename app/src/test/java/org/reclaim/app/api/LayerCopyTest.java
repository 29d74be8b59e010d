package org.reclaim.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.reclaim.io.geojson.Feature;

/**
 * The in-memory copy of a layer answers a box as the store does: the records whose geometry
 * intersects it (touching counts; an envelope that meets the box is not enough), whose properties
 * equal the filter, in id order, at most the limit.
 */
class LayerCopyTest {
  private static final GeometryFactory GF = new GeometryFactory();

  /** Points and triangles (whose envelopes often meet a box their shape misses). */
  private static List<Feature> records(Random random, int n) {
    List<Feature> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = random.nextDouble() * 10;
      double y = random.nextDouble() * 10;
      Geometry g =
          random.nextBoolean()
              ? GF.createPoint(new Coordinate(x, y))
              : GF.createPolygon(
                  new Coordinate[] {
                    new Coordinate(x, y),
                    new Coordinate(x + 0.8, y),
                    new Coordinate(x, y + 0.8),
                    new Coordinate(x, y)
                  });
      String status = random.nextInt(3) == 0 ? "RELEASED" : "SUSPECTED";
      out.add(new Feature(10L + 3 * i, Map.of("status", status, "name", "HA " + i), g));
    }
    return out;
  }

  @Test
  void aBoxFindsWhatTheStoreWouldFindInIdOrder() {
    Random random = new Random(7);
    List<Feature> records = records(random, 3_000);
    LayerCopy.Builder builder = new LayerCopy.Builder(List.of("name", "status"), Long.MAX_VALUE);
    records.forEach(builder::add);
    LayerCopy copy = builder.build(42);
    assertThat(copy.version()).isEqualTo(42);
    assertThat(copy.size()).isEqualTo(3_000);
    for (int k = 0; k < 200; k++) {
      double x = random.nextDouble() * 10;
      double y = random.nextDouble() * 10;
      Envelope box = new Envelope(x, x + random.nextDouble() * 2, y, y + random.nextDouble() * 2);
      Map<String, String> equal = k % 2 == 0 ? Map.of() : Map.of("status", "RELEASED");
      int limit = k % 5 == 0 ? 3 : 10_000;
      Geometry boxShape = GF.toGeometry(box);
      List<Long> expected =
          records.stream()
              .filter(f -> boxShape.intersects(f.geometry()))
              .filter(f -> equal.isEmpty() || f.properties().get("status").equals("RELEASED"))
              .map(Feature::id)
              .limit(limit)
              .toList();
      List<Feature> found = copy.inBox(box, equal, limit, UnaryOperator.identity());
      assertThat(found).extracting(Feature::id).as("box %s %s", box, equal).isEqualTo(expected);
    }
    Feature first = records.getFirst();
    Feature again =
        copy.inBox(first.geometry().getEnvelopeInternal(), Map.of(), 1, UnaryOperator.identity())
            .getFirst();
    assertThat(again.geometry().equalsExact(first.geometry())).isTrue();
    assertThat(again.properties()).isEqualTo(first.properties());
  }

  @Test
  void aPointOnTheBoxEdgeIsInItAndARecordWithoutGeometryIsNot() {
    LayerCopy.Builder builder = new LayerCopy.Builder(List.of("name"), Long.MAX_VALUE);
    builder.add(new Feature(1L, Map.of("name", "edge"), GF.createPoint(new Coordinate(1, 0.5))));
    builder.add(new Feature(2L, Map.of("name", "none"), null));
    LayerCopy copy = builder.build(1);
    assertThat(copy.inBox(new Envelope(0, 1, 0, 1), Map.of(), 10, UnaryOperator.identity()))
        .extracting(Feature::id)
        .containsExactly(1L);
    assertThat(copy.size()).isEqualTo(1);
    assertThatThrownBy(
            () -> copy.inBox(new Envelope(0, 1, 0, 1), Map.of("status", "RELEASED"), 1, g -> g))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status");
  }

  @Test
  void aCopyStopsAtItsMemoryBudget() {
    LayerCopy.Builder builder = new LayerCopy.Builder(List.of("name", "status"), 100_000);
    List<Feature> records = records(new Random(3), 10_000);
    assertThatThrownBy(() -> records.forEach(builder::add))
        .isInstanceOf(LayerCopy.OverBudgetException.class)
        .hasMessageContaining("0 MiB");
    LayerCopy.Builder roomy = new LayerCopy.Builder(List.of("name", "status"), 10_000_000);
    records.forEach(roomy::add);
    assertThat(roomy.build(1).bytes()).isBetween(100_000L, 10_000_000L);
  }
}
