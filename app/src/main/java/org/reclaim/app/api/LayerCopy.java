package org.reclaim.app.api;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.reclaim.io.geojson.Feature;

/**
 * An in-memory copy of one of the register's large layers as its vector tiles need it: each
 * record's id, geometry and the few properties its tiles carry, in id order, under a Hilbert-packed
 * R-tree (JTS {@link HPRtree}). {@link #inBox} answers what the store answers for a tile — the
 * records whose geometry intersects a box (touching counts, as {@code ST_Intersects}), in id order
 * — without the store's index look-up and row reads, which were most of the time a tile took to
 * make.
 *
 * <p>It holds the layer as of one version ({@link #version()}, {@link
 * org.reclaim.app.register.AuditTrail#versionOf}); a tile of any other version is made from the
 * store. Points are kept as coordinate pairs, other geometries with packed coordinates; equal text,
 * dates and whole numbers are kept once for all records. Immutable once built; thread safe.
 */
final class LayerCopy {
  private static final GeometryFactory PACKED =
      new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
  private static final GeometryFactory PLAIN = new GeometryFactory();

  // what a record takes, in bytes: id, point, shape and value references, its R-tree entry (bounds,
  // boxed index); a value not shared with other records (a number, a date); a shape's objects
  // (polygon, ring, sequence, array headers, its envelope) besides its coordinates
  private static final long RECORD_BYTES = 8 + 16 + 4 + 32 + 4 + 16;
  private static final long VALUE_BYTES = 24;
  private static final long SHAPE_BYTES = 220;

  private final long version;
  private final long[] ids;
  private final double[] xy; // a point's lon, lat; NaN for other geometries
  private final Geometry[] shapes; // a non-point geometry, null for a point
  private final List<String> properties;
  private final Object[][] values; // [property][record], null where the record has none
  private final HPRtree index;
  private final long bytes;

  private LayerCopy(Builder b, long version) {
    this.version = version;
    this.ids = Arrays.copyOf(b.ids, b.n);
    this.xy = Arrays.copyOf(b.xy, 2 * b.n);
    this.shapes = Arrays.copyOf(b.shapes, b.n);
    this.properties = b.properties;
    this.values = new Object[properties.size()][];
    for (int p = 0; p < values.length; p++) {
      values[p] = Arrays.copyOf(b.values[p], b.n);
    }
    this.index = b.index;
    index.build();
    this.bytes = b.bytes;
  }

  /** The layer's version this copy holds. */
  long version() {
    return version;
  }

  /** How many records it holds. */
  int size() {
    return ids.length;
  }

  /** About how much memory it takes, in bytes. */
  long bytes() {
    return bytes;
  }

  /** Whether it holds every property in {@code names}. */
  boolean holds(java.util.Collection<String> names) {
    return properties.containsAll(names);
  }

  /**
   * Up to {@code limit} records whose geometry intersects the lon/lat {@code box} and whose
   * properties equal the values in {@code equal} (compared as text), in id order, each with the
   * properties it holds and its geometry passed through {@code drawn}.
   *
   * @throws IllegalArgumentException when {@code equal} names a property the copy does not hold
   */
  List<Feature> inBox(
      Envelope box, Map<String, String> equal, int limit, UnaryOperator<Geometry> drawn) {
    if (!holds(equal.keySet())) {
      throw new IllegalArgumentException(
          "the copy holds " + properties + ", not every one of " + equal.keySet());
    }
    List<Integer> visited = new java.util.ArrayList<>();
    index.query(box, item -> visited.add((Integer) item));
    int[] hits = visited.stream().mapToInt(Integer::intValue).sorted().toArray();
    Geometry boxShape = null;
    List<Feature> out = new java.util.ArrayList<>(Math.min(hits.length, limit));
    for (int i : hits) {
      if (out.size() == limit) {
        break;
      }
      if (!equals(i, equal)) {
        continue;
      }
      Geometry shape = shapes[i];
      if (shape != null && !box.covers(shape.getEnvelopeInternal())) {
        boxShape = boxShape == null ? PLAIN.toGeometry(box) : boxShape;
        if (!boxShape.intersects(shape)) {
          continue;
        }
      }
      out.add(feature(i, drawn));
    }
    return out;
  }

  private boolean equals(int i, Map<String, String> equal) {
    for (Map.Entry<String, String> e : equal.entrySet()) {
      Object v = values[properties.indexOf(e.getKey())][i];
      if (v == null || !v.toString().equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private Feature feature(int i, UnaryOperator<Geometry> drawn) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (int p = 0; p < values.length; p++) {
      if (values[p][i] != null) {
        props.put(properties.get(p), values[p][i]);
      }
    }
    Geometry g =
        shapes[i] != null
            ? PLAIN.createGeometry(shapes[i])
            : PLAIN.createPoint(new org.locationtech.jts.geom.Coordinate(xy[2 * i], xy[2 * i + 1]));
    return new Feature(ids[i], props, drawn.apply(g));
  }

  /** Collects the records of a copy, in id order. Not thread safe: one thread adds, then builds. */
  static final class Builder {
    private final List<String> properties;
    private final Map<Object, Object> shared = new HashMap<>();
    private int n;
    private long[] ids = new long[1024];
    private double[] xy = new double[2048];
    private Geometry[] shapes = new Geometry[1024];
    private Object[][] values;
    private final long budget;
    private long bytes;
    private final HPRtree index = new HPRtree();

    /**
     * A copy that keeps these properties of each record, in at most {@code budget} bytes (as {@link
     * LayerCopy#bytes} counts them).
     */
    Builder(List<String> properties, long budget) {
      this.properties = List.copyOf(properties);
      this.values = new Object[properties.size()][1024];
      this.budget = budget;
    }

    /**
     * Adds a record (ids ascending); one without a geometry is never in a box, so is left out.
     *
     * @throws OverBudgetException when the copy would take more than its budget
     */
    void add(Feature f) {
      Geometry g = f.geometry();
      if (g == null || g.isEmpty()) {
        return;
      }
      if (n == ids.length) {
        int size = 2 * n;
        ids = Arrays.copyOf(ids, size);
        xy = Arrays.copyOf(xy, 2 * size);
        shapes = Arrays.copyOf(shapes, size);
        for (int p = 0; p < values.length; p++) {
          values[p] = Arrays.copyOf(values[p], size);
        }
      }
      ids[n] = java.util.Objects.requireNonNull(f.id(), "a stored record has an id");
      if (g instanceof Point p) {
        xy[2 * n] = p.getX();
        xy[2 * n + 1] = p.getY();
      } else {
        xy[2 * n] = Double.NaN;
        xy[2 * n + 1] = Double.NaN;
        shapes[n] = PACKED.createGeometry(g);
        int dimension = org.locationtech.jts.geom.Coordinates.dimension(g.getCoordinate());
        bytes += SHAPE_BYTES + 8L * dimension * g.getNumPoints();
      }
      bytes += RECORD_BYTES + 4L * values.length;
      for (int p = 0; p < values.length; p++) {
        Object v = f.properties().get(properties.get(p));
        if (v instanceof String || v instanceof java.time.LocalDate || v instanceof Integer) {
          Object before = shared.putIfAbsent(v, v);
          if (before == null) {
            bytes += VALUE_BYTES;
          } else {
            v = before;
          }
        } else if (v != null) {
          bytes += VALUE_BYTES;
        }
        values[p][n] = v;
      }
      if (bytes > budget) {
        throw new OverBudgetException(bytes, budget);
      }
      index.insert(new Envelope(g.getEnvelopeInternal()), n);
      n++;
    }

    /** The copy of what was added, as of the layer's {@code version}. */
    LayerCopy build(long version) {
      return new LayerCopy(this, version);
    }
  }

  /** A copy would take more memory than it may. */
  static final class OverBudgetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OverBudgetException(long bytes, long budget) {
      super(
          "an in-memory copy would take more than its "
              + (budget >> 20)
              + " MiB (already "
              + (bytes >> 20)
              + " MiB)");
    }
  }
}
