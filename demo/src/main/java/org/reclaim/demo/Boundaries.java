package org.reclaim.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.reclaim.domain.geometry.Wgs84;
import org.reclaim.domain.region.Region;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Ukraine's oblasts and (pre-2020) raions from the bundled geoBoundaries files (Runfola et al.
 * 2020, PLoS ONE 15(4): e0231866, CC BY 4.0), with fast point sampling inside each raion.
 *
 * <p>Loaded once per JVM and immutable afterwards; the point locators are built eagerly, so the
 * instance is safe to share between threads.
 */
final class Boundaries {
  private static final String DIR = "/org/reclaim/demo/";
  private static final double MAX_EDGE_DEG = 0.25;
  private static volatile Boundaries instance;

  /** An oblast (admin-1 unit) with the indices of its raions. */
  record Oblast(int index, String iso, String name, Geometry geometry, List<Integer> raions) {}

  /** A raion (admin-2 unit) with its parent oblast's index. */
  record Raion(
      int index,
      int oblast,
      String code,
      String name,
      Geometry geometry,
      double areaKm2,
      IndexedPointInAreaLocator locator) {}

  private final List<Oblast> oblasts;
  private final List<Raion> raions;
  private final Geometry country;

  private Boundaries(List<Oblast> oblasts, List<Raion> raions, Geometry country) {
    this.oblasts = List.copyOf(oblasts);
    this.raions = List.copyOf(raions);
    this.country = country;
  }

  /** The boundaries, read from the classpath on first use. */
  static Boundaries load() {
    Boundaries b = instance;
    if (b == null) {
      synchronized (Boundaries.class) {
        b = instance;
        if (b == null) {
          b = read();
          instance = b;
        }
      }
    }
    return b;
  }

  /** Ukraine's outline. */
  Geometry country() {
    return country;
  }

  List<Oblast> oblasts() {
    return oblasts;
  }

  List<Raion> raions() {
    return raions;
  }

  /** Region id of the country in the generated set. */
  static long countryRegionId() {
    return 1;
  }

  /** Region id of oblast {@code index}. */
  long oblastRegionId(int index) {
    return 2L + index;
  }

  /** Region id of raion {@code index}. */
  long raionRegionId(int index) {
    return 2L + oblasts.size() + index;
  }

  /** Country, oblasts and raions as domain regions, ids as above. */
  List<Region> regions() {
    List<Region> out = new ArrayList<>();
    out.add(new Region(countryRegionId(), "UA", "Ukraine", Region.Level.COUNTRY, null, country));
    for (Oblast o : oblasts) {
      out.add(
          new Region(
              oblastRegionId(o.index()),
              o.iso(),
              o.name(),
              Region.Level.OBLAST,
              countryRegionId(),
              o.geometry()));
    }
    for (Raion r : raions) {
      out.add(
          new Region(
              raionRegionId(r.index()),
              r.code(),
              r.name(),
              Region.Level.RAION,
              oblastRegionId(r.oblast()),
              r.geometry()));
    }
    return out;
  }

  /** Whether {@code c} lies inside raion {@code index}. */
  boolean inRaion(int index, Coordinate c) {
    return raions.get(index).locator().locate(c) != Location.EXTERIOR;
  }

  /** A point uniformly distributed inside raion {@code index}, by rejection from its envelope. */
  Coordinate randomPointIn(Draw d, int index) {
    Raion r = raions.get(index);
    Envelope e = r.geometry().getEnvelopeInternal();
    for (int attempt = 0; attempt < 1_000; attempt++) {
      Coordinate c =
          new Coordinate(d.uniform(e.getMinX(), e.getMaxX()), d.uniform(e.getMinY(), e.getMaxY()));
      if (r.locator().locate(c) == Location.INTERIOR) {
        return c;
      }
    }
    return r.geometry().getInteriorPoint().getCoordinate();
  }

  private static Boundaries read() {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> parentIso = readParents();
    List<Feature> adm1 = features(mapper, "geoBoundaries-UKR-ADM1_simplified.geojson");
    adm1.sort(Comparator.comparing(Feature::iso));
    Map<String, Integer> oblastByIso = new TreeMap<>();
    for (int i = 0; i < adm1.size(); i++) {
      oblastByIso.put(adm1.get(i).iso(), i);
    }
    List<Feature> adm2 = features(mapper, "geoBoundaries-UKR-ADM2_simplified.geojson");
    adm2.sort(
        Comparator.comparing((Feature f) -> parentIso.getOrDefault(f.id(), ""))
            .thenComparing(Feature::name)
            .thenComparing(Feature::id));
    List<List<Integer>> children = new ArrayList<>();
    adm1.forEach(f -> children.add(new ArrayList<>()));
    List<Raion> raions = new ArrayList<>();
    for (Feature f : adm2) {
      Integer parent = oblastByIso.get(parentIso.get(f.id()));
      if (parent == null) {
        throw new IllegalStateException("raion " + f.id() + " has no parent oblast");
      }
      int index = raions.size();
      IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(f.geometry());
      locator.locate(f.geometry().getInteriorPoint().getCoordinate()); // builds the index now
      double areaKm2 = org.reclaim.domain.geometry.AreaOp.areaM2(f.geometry()) / 1e6;
      raions.add(new Raion(index, parent, f.id(), f.name(), f.geometry(), areaKm2, locator));
      children.get(parent).add(index);
    }
    List<Oblast> oblasts = new ArrayList<>();
    List<Geometry> parts = new ArrayList<>();
    for (int i = 0; i < adm1.size(); i++) {
      Feature f = adm1.get(i);
      oblasts.add(new Oblast(i, f.iso(), f.name(), f.geometry(), List.copyOf(children.get(i))));
      parts.add(f.geometry());
    }
    Geometry country = UnaryUnionOp.union(parts);
    return new Boundaries(oblasts, raions, country);
  }

  private record Feature(String id, String iso, String name, Geometry geometry) {}

  private static List<Feature> features(ObjectMapper mapper, String file) {
    JsonNode root;
    try (InputStream in = open(file)) {
      root = mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Feature> out = new ArrayList<>();
    for (JsonNode feature : root.get("features")) {
      JsonNode p = feature.get("properties");
      Geometry g = geometry(feature.get("geometry"));
      if (!g.isValid()) {
        g = GeometryFixer.fix(g); // simplification can leave a self-touching ring
      }
      // Simplification left a few edges (along the coast) longer than GeometryCheckOp's 50 km
      // vertex spacing; extra vertices on them keep the shape and pass the check.
      g = Densifier.densify(g, MAX_EDGE_DEG);
      g.setSRID(Wgs84.SRID);
      out.add(
          new Feature(
              p.get("shapeID").asString(),
              p.get("shapeISO").asString(),
              p.get("shapeName").asString(),
              g));
    }
    return out;
  }

  private static Geometry geometry(JsonNode g) {
    String type = g.get("type").asString();
    JsonNode coords = g.get("coordinates");
    if (type.equals("Polygon")) {
      return polygon(coords);
    }
    if (type.equals("MultiPolygon")) {
      Polygon[] polygons = new Polygon[coords.size()];
      for (int i = 0; i < polygons.length; i++) {
        polygons[i] = polygon(coords.get(i));
      }
      return Wgs84.FACTORY.createMultiPolygon(polygons);
    }
    throw new IllegalStateException("unexpected geometry type " + type);
  }

  private static Polygon polygon(JsonNode rings) {
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return Wgs84.FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode points) {
    Coordinate[] cs = new Coordinate[points.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] =
          new Coordinate(points.get(i).get(0).doubleValue(), points.get(i).get(1).doubleValue());
    }
    return Wgs84.FACTORY.createLinearRing(cs);
  }

  /** adm2 shapeID → parent oblast ISO code, from the derived attribute table. */
  private static Map<String, String> readParents() {
    Map<String, String> parent = new TreeMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(open("ukr_adm2_attributes.csv"), StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null || !header.startsWith("adm2_shapeID,adm2_name,adm1_iso")) {
        throw new IllegalStateException("unexpected header in ukr_adm2_attributes.csv: " + header);
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        parent.put(f[0], f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parent;
  }

  private static InputStream open(String file) {
    InputStream in = Boundaries.class.getResourceAsStream(DIR + file);
    if (in == null) {
      throw new IllegalStateException("missing resource " + DIR + file);
    }
    return in;
  }
}
