package org.reclaim.app.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.proj.Projection;
import org.reclaim.app.prioritise.PrioritisationService;
import org.reclaim.app.register.AuditTrail;
import org.reclaim.app.register.FeatureService;
import org.reclaim.domain.geometry.ProjectOp;
import org.reclaim.io.Layer;
import org.reclaim.io.geojson.Feature;
import org.reclaim.store.ranking.RankingRepository;
import org.springframework.stereotype.Service;

/**
 * Mapbox Vector Tiles (specification 2.1) of the register's large layers — hazardous areas,
 * evidence, agricultural parcels — in the Web Mercator tiling every web map uses ({@code z/x/y},
 * EPSG:3857). A tile holds the records intersecting it (a small margin beyond its edge, so shapes
 * cut at the edge join without seams), each generalised for the zoom as the GeoJSON map view is
 * ({@link MapGeneralisation}: one pixel, small shapes as points), with a few properties for
 * colouring and a click. Encoded by {@code mapbox-vector-tile-java} (JTS to MVT, protobuf); Reclaim
 * writes no protobuf of its own.
 *
 * <p>Tiles are cached (up to {@value #CACHE_MIB} MiB) under their layer's version — the audit log's
 * newest entry about a record of that layer ({@link AuditTrail#versionOf}) — so a change to the
 * layer is never hidden behind a stale tile, and new evidence does not empty the cache of hazardous
 * areas. The hazardous-area tiles of the low zooms (up to {@value #WARM_MAX_ZOOM}), which hold the
 * most areas and cost the most to make, are made ahead by one background thread for the newest
 * ranking run (what the web map asks for) once the register has stayed unchanged for {@value
 * #WARM_EVERY_S} s, so that a national view does not wait for them. Before that, the same thread
 * copies each large layer that has settled into memory ({@link LayerCopy}), and the tiles of that
 * version are made from the copy instead of the store's rows. Thread safe.
 */
@Service
public class VectorTiles {
  /** The largest cache, in MiB of encoded tiles. */
  static final int CACHE_MIB = 256;

  /** The highest zoom whose hazardous-area tiles are made ahead. */
  static final int WARM_MAX_ZOOM = 10;

  /** The highest zoom whose public warning tiles are made ahead (zones: the costliest to make). */
  static final int WARM_MAX_PUBLIC_ZOOM = 8;

  /** How far beyond an area its warning zone may reach, in degrees (100 m, with room to spare). */
  private static final double ZONE_REACH_DEG = 0.003;

  /** How often the background thread looks whether the register changed, in seconds. */
  static final int WARM_EVERY_S = 15;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VectorTiles.class);

  /** At most this many records in a tile; a fuller one says so ({@link Tile#truncated()}). */
  static final int MAX_FEATURES = 20_000;

  /**
   * The layers served as tiles: the name in the API's paths, the register's layer they come from,
   * the lowest zoom each is drawn from, its tile properties, and whether everyone may read it
   * ({@code /api/v1/public/tiles}: what {@link org.reclaim.app.people.PublicView} publishes).
   */
  enum TileLayer {
    HAZARD_AREAS(
        "hazardous-areas",
        Layer.HAZARDOUS_AREAS,
        6,
        List.of("code", "name", "status", "hazard_class", "area_m2", "region_id"),
        false),
    EVIDENCE(
        "evidence",
        Layer.EVIDENCE,
        11,
        List.of("type", "evidence_class", "observed_on", "casualties"),
        false),
    PARCELS("parcels", Layer.PARCELS, 10, List.of("crop", "value_usd_per_ha", "area_m2"), false),
    /** Land not yet released as warning zones, never the surveyed polygon (IMAS 08.40). */
    HAZARD_WARNINGS(
        "hazard-warnings", Layer.HAZARDOUS_AREAS, 6, List.of("name", "hazard_class"), true),
    /** Released land as released (IMAS 07.11). */
    RELEASED_LAND("released-land", Layer.HAZARDOUS_AREAS, 6, List.of("name", "land_use"), true);

    final String name;
    final Layer layer;
    final int minZoom;
    final List<String> properties;
    final boolean publicLayer;

    TileLayer(String name, Layer layer, int minZoom, List<String> properties, boolean publicLayer) {
      this.name = name;
      this.layer = layer;
      this.minZoom = minZoom;
      this.properties = properties;
      this.publicLayer = publicLayer;
    }

    /** The tile layer named as in the API's paths ({@code hazardous-areas}, …), public or not. */
    static TileLayer of(String name, boolean publicLayer) {
      for (TileLayer t : values()) {
        if (t.name.equals(name) && t.publicLayer == publicLayer) {
          return t;
        }
      }
      throw new UnknownLayerException(
          "no vector tiles of '"
              + name
              + (publicLayer
                  ? "'; public tiles are served of hazard-warnings and released-land"
                  : "'; tiles are served of hazardous-areas, evidence and parcels"));
    }

    /** Which records of the layer the tile shows: for the public layers, by release status. */
    Map<String, String> equal() {
      return this == RELEASED_LAND ? Map.of("status", "RELEASED") : Map.of();
    }

    /** The properties besides {@link #properties} that choose which records the tile shows. */
    List<String> reads() {
      return publicLayer ? List.of("status") : List.of();
    }

    boolean shows(Feature f) {
      return this != HAZARD_WARNINGS
          || !"RELEASED".equals(String.valueOf(f.properties().get("status")));
    }
  }

  /**
   * An encoded tile.
   *
   * @param bytes the tile, {@code application/vnd.mapbox-vector-tile}
   * @param features records in it
   * @param truncated whether the tile held more than {@link #MAX_FEATURES} records and was cut
   * @param version the layer's version it was made from (its ETag; {@link AuditTrail#versionOf})
   */
  public record Tile(byte[] bytes, int features, boolean truncated, long version) {}

  private static final double HALF_WORLD = Math.PI * 6_378_137.0;
  private static final MvtLayerParams PARAMS = MvtLayerParams.DEFAULT;
  private static final GeometryFactory MERCATOR = new GeometryFactory();
  private static final Projection WEB_MERCATOR =
      new CRSFactory()
          .createFromParameters(
              null,
              "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m"
                  + " +nadgrids=@null +no_defs")
          .getProjection();

  private final FeatureService features;
  private final AuditTrail audit;
  private final PrioritisationService rankings;
  // a run never changes once stored: its ranks are kept by its id (a national run: ~2.4 MB)
  private final Cache<Long, RankingRepository.AreaRanks> ranks =
      Caffeine.newBuilder().maximumSize(4).build();
  private final Cache<String, Tile> cache =
      Caffeine.newBuilder()
          .maximumWeight(CACHE_MIB * 1024L * 1024L)
          .weigher((String k, Tile t) -> t.bytes().length + 64)
          .build();

  private final java.util.concurrent.ScheduledExecutorService warmer =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("reclaim:tile-warmer").factory());
  private String seen = ""; // the warmer thread's own: the areas' version and the newest run
  private volatile String warmed = "";
  private volatile long warmedVersion = -1;
  private volatile boolean stopping;

  private final long warmFromAreas;
  private final long copyBudget;

  // the large layers copied into memory for their tiles, each as of one version
  private final Map<Layer, LayerCopy> copies = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<Layer, Long> copySeen = new java.util.EnumMap<>(Layer.class); // warmer's own
  private final Map<Layer, Long> copyDeclined = new java.util.EnumMap<>(Layer.class);

  /**
   * @param warmFromAreas how many hazardous areas a register must hold for its low-zoom tiles to be
   *     made ahead, and a layer for it to be copied into memory ({@code
   *     reclaim.map.tiles-ahead-from}, 10,000 by default: a smaller register's tiles are quick to
   *     make when asked for)
   * @param copyMib how much memory the layers copied into memory may take together ({@code
   *     reclaim.map.copy-mib}; 0, the default, for an eighth of the largest heap)
   */
  public VectorTiles(
      FeatureService features,
      AuditTrail audit,
      PrioritisationService rankings,
      @org.springframework.beans.factory.annotation.Value("${reclaim.map.tiles-ahead-from:10000}")
          long warmFromAreas,
      @org.springframework.beans.factory.annotation.Value("${reclaim.map.copy-mib:0}")
          long copyMib) {
    this.features = features;
    this.audit = audit;
    this.rankings = rankings;
    this.warmFromAreas = warmFromAreas;
    this.copyBudget = copyMib > 0 ? copyMib << 20 : Runtime.getRuntime().maxMemory() / 8;
  }

  @org.springframework.context.event.EventListener(
      org.springframework.boot.context.event.ApplicationReadyEvent.class)
  void startWarming() {
    warmer.scheduleWithFixedDelay(
        this::warmIfSettled, WARM_EVERY_S, WARM_EVERY_S, java.util.concurrent.TimeUnit.SECONDS);
  }

  /**
   * Stops the background thread between two tiles — never by interrupting it: an interrupted read
   * closes the embedded database's file channel, and with it the database.
   */
  @jakarta.annotation.PreDestroy
  void stopWarming() throws InterruptedException {
    stopping = true;
    warmer.shutdown();
    warmer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
  }

  /**
   * The hazardous areas' version whose low-zoom tiles were all made ahead, or -1 before the first.
   */
  public long warmedVersion() {
    return warmedVersion;
  }

  /**
   * Makes the hazardous-area tiles of zooms 6 to {@value #WARM_MAX_ZOOM} over the areas' extent for
   * the newest ranking run, and the public warning tiles to zoom {@value #WARM_MAX_PUBLIC_ZOOM},
   * when neither the register nor the newest run has changed since the last look, these tiles were
   * not made for them yet, and the register holds at least {@code reclaim.map.tiles-ahead-from}
   * areas; stops as soon as the register changes. Run every {@value #WARM_EVERY_S} s by the
   * background thread.
   */
  public void warmIfSettled() {
    try {
      copyIfSettled();
      String areas = features.entity(Layer.HAZARDOUS_AREAS);
      long version = audit.versionOf(areas);
      List<RankingRepository.Run> runs = rankings.listRuns();
      Long run = runs.isEmpty() ? null : runs.getFirst().id();
      String now = version + "/" + run;
      boolean settled = now.equals(seen);
      seen = now;
      if (!settled || now.equals(warmed)) {
        return;
      }
      if (features.count(Layer.HAZARDOUS_AREAS) < warmFromAreas) {
        warmed = now; // too few to be worth it: not counted again until the areas change
        return;
      }
      java.util.Optional<Envelope> extent = features.extent(Layer.HAZARDOUS_AREAS);
      long start = System.nanoTime();
      int made = 0;
      if (extent.isPresent()) {
        made = warm(TileLayer.HAZARD_AREAS, WARM_MAX_ZOOM, extent.get(), run, areas, version);
        made +=
            warm(
                TileLayer.HAZARD_WARNINGS,
                WARM_MAX_PUBLIC_ZOOM,
                extent.get(),
                null,
                areas,
                version);
        if (made < 0) {
          return; // changed meanwhile: made again once it settles
        }
      }
      warmed = now;
      warmedVersion = version;
      LOG.info(
          "{} hazardous-area tiles of zooms {}-{} (public warnings to {}) made ahead in {} ms"
              + " (register version {}, ranking run {})",
          made,
          TileLayer.HAZARD_AREAS.minZoom,
          WARM_MAX_ZOOM,
          WARM_MAX_PUBLIC_ZOOM,
          (System.nanoTime() - start) / 1_000_000,
          version,
          run);
    } catch (RuntimeException e) {
      LOG.warn("making tiles ahead failed; they are made when asked for", e);
    }
  }

  /**
   * Copies each large layer into memory ({@link LayerCopy}) when it has not changed since the last
   * look, its copy (if any) is of an older version, it holds at least {@code
   * reclaim.map.tiles-ahead-from} records, and its copy fits in what the other copies leave of
   * {@code reclaim.map.copy-mib} (the layers in the order of {@link TileLayer}: hazardous areas
   * first); drops the copy of a layer that has changed, so that it does not hold memory for
   * nothing. A layer declined is not read again until it changes.
   */
  private void copyIfSettled() {
    Map<Layer, Long> versions = new java.util.EnumMap<>(Layer.class);
    for (Layer layer : copiedLayers()) {
      versions.put(layer, audit.versionOf(features.entity(layer)));
    }
    copies.entrySet().removeIf(c -> c.getValue().version() != versions.get(c.getKey()));
    for (Layer layer : copiedLayers()) {
      String entity = features.entity(layer);
      long version = versions.get(layer);
      Long before = copySeen.put(layer, version);
      if (copies.containsKey(layer)) {
        continue;
      }
      if (before == null
          || before != version
          || Long.valueOf(version).equals(copyDeclined.get(layer))) {
        continue;
      }
      long room = copyBudget;
      for (LayerCopy other : copies.values()) {
        room -= other.bytes();
      }
      if (features.count(layer) < warmFromAreas) {
        copyDeclined.put(layer, version); // not counted again until the layer changes
        continue;
      }
      long start = System.nanoTime();
      LayerCopy.Builder made = new LayerCopy.Builder(copiedProperties(layer), room);
      try {
        features.forEach(
            layer,
            f -> {
              if (stopping) {
                throw new java.util.concurrent.CancellationException("the server is stopping");
              }
              made.add(f);
            });
      } catch (java.util.concurrent.CancellationException e) {
        return; // the server is stopping
      } catch (LayerCopy.OverBudgetException e) {
        copyDeclined.put(layer, version);
        LOG.info(
            "{} not copied into memory: {}; its tiles are made from the store",
            entity,
            e.getMessage());
        continue;
      }
      if (audit.versionOf(entity) != version) {
        continue; // changed meanwhile: copied again once it settles
      }
      LayerCopy done = made.build(version);
      copies.put(layer, done);
      LOG.info(
          "{} records of {} copied into memory for their tiles in {} ms (about {} MiB, version {})",
          done.size(),
          entity,
          (System.nanoTime() - start) / 1_000_000,
          done.bytes() >> 20,
          version);
    }
  }

  /** The register's layers served as tiles: the ones copied into memory. */
  private static java.util.Set<Layer> copiedLayers() {
    java.util.Set<Layer> layers = new java.util.LinkedHashSet<>();
    for (TileLayer t : TileLayer.values()) {
      layers.add(t.layer);
    }
    return layers;
  }

  /** What a copy of {@code layer} keeps: every tile layer's properties, and the release status. */
  private static List<String> copiedProperties(Layer layer) {
    java.util.Set<String> keep = new java.util.LinkedHashSet<>();
    for (TileLayer t : TileLayer.values()) {
      if (t.layer == layer) {
        keep.addAll(t.properties);
        keep.addAll(t.reads());
      }
    }
    return List.copyOf(keep);
  }

  /** Which layers are copied into memory now, and of which version (for tests and the log). */
  public Map<Layer, Long> copiedVersions() {
    Map<Layer, Long> out = new java.util.EnumMap<>(Layer.class);
    copies.forEach((layer, copy) -> out.put(layer, copy.version()));
    return out;
  }

  /**
   * Makes the tiles of {@code layer} from its lowest zoom to {@code maxZoom} over {@code extent}:
   * how many, or a negative number when the areas changed meanwhile (it then stops).
   */
  private int warm(
      TileLayer layer,
      int maxZoom,
      Envelope extent,
      @Nullable Long run,
      String areas,
      long version) {
    int made = 0;
    for (int z = layer.minZoom; z <= maxZoom; z++) {
      int[] range = tileRange(extent, z);
      for (int x = range[0]; x <= range[2]; x++) {
        for (int y = range[1]; y <= range[3]; y++) {
          if (stopping || audit.versionOf(areas) != version) {
            return Integer.MIN_VALUE / 2;
          }
          tile(layer, z, x, y, run);
          made++;
        }
      }
    }
    return made;
  }

  /** How many tiles the cache holds now. */
  public long cachedTiles() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  /** {minX, minY, maxX, maxY} of the tiles at zoom {@code z} covering a lon/lat envelope. */
  public static int[] tileRange(Envelope lonLat, int z) {
    int n = 1 << z;
    return new int[] {
      Math.max(0, (int) Math.floor((lonLat.getMinX() + 180) / 360 * n)),
      Math.max(0, tileY(lonLat.getMaxY(), n)),
      Math.min(n - 1, (int) Math.floor((lonLat.getMaxX() + 180) / 360 * n)),
      Math.min(n - 1, tileY(lonLat.getMinY(), n))
    };
  }

  private static int tileY(double lat, int n) {
    double r = Math.toRadians(Math.max(-85.05, Math.min(85.05, lat)));
    return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
  }

  /**
   * Tile {@code z/x/y} of {@code layer}: from the cache when the register has not changed since it
   * was made. Below the layer's lowest zoom the tile is empty (the map shows counts per region
   * there).
   *
   * @param run a ranking run whose rank each hazardous area carries ({@code rank}, 0 when the run
   *     did not rank it), so that a map can colour every area by priority; {@code null} for none
   * @throws RequestFieldException naming {@code z}, {@code x}, {@code y} or {@code run}
   * @throws UnknownLayerException for a layer not served as tiles
   * @throws org.reclaim.store.NotFoundException for an unknown run
   */
  public Tile tile(String layer, int z, int x, int y, @Nullable Long run) {
    return tile(TileLayer.of(layer, false), z, x, y, run);
  }

  /**
   * Public tile {@code z/x/y} of {@code hazard-warnings} (land not yet released, each area grown to
   * its warning zone as {@link org.reclaim.app.people.PublicView#warningZone} makes it, and only
   * then generalised) or {@code released-land}: what the public page draws.
   *
   * @throws RequestFieldException naming {@code z}, {@code x} or {@code y}
   * @throws UnknownLayerException for another layer
   */
  public Tile publicTile(String layer, int z, int x, int y) {
    return tile(TileLayer.of(layer, true), z, x, y, null);
  }

  private Tile tile(TileLayer t, int z, int x, int y, @Nullable Long run) {
    if (z < 0 || z > 22) {
      throw new RequestFieldException("z", "must be in 0..22, was " + z);
    }
    int n = 1 << z;
    if (x < 0 || x >= n) {
      throw new RequestFieldException("x", "must be in 0.." + (n - 1) + " at zoom " + z);
    }
    if (y < 0 || y >= n) {
      throw new RequestFieldException("y", "must be in 0.." + (n - 1) + " at zoom " + z);
    }
    if (run != null && t != TileLayer.HAZARD_AREAS) {
      throw new RequestFieldException("run", "ranks are carried by hazardous-areas tiles only");
    }
    RankingRepository.AreaRanks ranked = run == null ? null : ranks.get(run, rankings::ranks);
    long version = audit.versionOf(features.entity(t.layer));
    return cache.get(
        t + "/" + z + "/" + x + "/" + y + "/" + run + "@" + version,
        k -> make(t, z, x, y, ranked, version));
  }

  private Tile make(
      TileLayer t,
      int z,
      int x,
      int y,
      RankingRepository.@Nullable AreaRanks ranked,
      long version) {
    if (z < t.minZoom) {
      return new Tile(MvtEncoder.encode(new JtsMvt(new JtsLayer(t.name))), 0, false, version);
    }
    Envelope tile = mercatorEnvelope(z, x, y);
    double margin = tile.getWidth() / 64;
    Envelope clip = new Envelope(tile);
    clip.expandBy(margin);
    UnaryOperator<Geometry> generalise = MapGeneralisation.forZoom(z);
    boolean zones = t == TileLayer.HAZARD_WARNINGS;
    Envelope box = lonLat(clip);
    if (zones) {
      box.expandBy(ZONE_REACH_DEG); // areas whose zone reaches into the tile
    }
    UnaryOperator<Geometry> drawn = zones ? UnaryOperator.identity() : generalise;
    LayerCopy copy = copies.get(t.layer);
    List<Feature> found =
        copy != null && copy.version() == version
            ? copy.inBox(box, t.equal(), MAX_FEATURES + 1, drawn)
            : features.inBox(t.layer, box, t.equal(), MAX_FEATURES + 1, drawn);
    List<Geometry> geometries = new ArrayList<>(found.size());
    int kept = Math.min(found.size(), MAX_FEATURES);
    for (Feature f : found.subList(0, kept)) {
      if (f.geometry() == null || !t.shows(f)) {
        continue;
      }
      Geometry lonLat =
          zones
              ? generalise.apply(org.reclaim.app.people.PublicView.warningZone(f.geometry()))
              : f.geometry();
      Geometry mercator =
          ProjectOp.applyInPlace(MERCATOR.createGeometry(lonLat), WEB_MERCATOR::project);
      Geometry inTile = toTile(mercator, tile, clip);
      if (inTile == null || inTile.isEmpty()) {
        continue;
      }
      Map<String, Object> tags = new LinkedHashMap<>();
      tags.put("id", f.id());
      for (String p : t.properties) {
        Object v = f.properties().get(p);
        if (v != null) {
          tags.put(p, v instanceof Number || v instanceof Boolean ? v : v.toString());
        }
      }
      if (ranked != null) {
        tags.put("rank", ranked.rankOf(f.id()));
      }
      for (int i = 0; i < inTile.getNumGeometries(); i++) {
        inTile.getGeometryN(i).setUserData(tags);
      }
      geometries.add(inTile);
    }
    JtsMvt mvt = new JtsMvt(new JtsLayer(t.name, geometries, PARAMS.getExtent()));
    byte[] bytes = MvtEncoder.encode(mvt, PARAMS, new UserDataKeyValueMapConverter("id"));
    return new Tile(bytes, geometries.size(), found.size() > MAX_FEATURES, version);
  }

  /**
   * {@code mercator} in the tile's units, as {@link JtsAdapter#createTileGeom} makes it (shifted,
   * scaled, y flipped, rounded to whole units, simplified by a tenth of a unit), but intersected
   * with the clip box only when it is not wholly inside it — most records of a tile above zoom 10
   * are, and the intersection, which would return them unchanged, was a fifth of a tile's time.
   */
  static Geometry toTile(Geometry mercator, Envelope tile, Envelope clip) {
    if (!clip.covers(mercator.getEnvelopeInternal())) {
      return JtsAdapter.createTileGeom(mercator, tile, clip, MERCATOR, PARAMS, g -> true);
    }
    double extent = PARAMS.getExtent();
    Geometry g =
        new org.locationtech.jts.geom.util.AffineTransformation()
            .translate(-tile.getMinX(), -tile.getMinY())
            .scale(extent / tile.getWidth(), -extent / tile.getHeight())
            .translate(0, extent)
            .transform(mercator);
    g.apply(io.github.sebasbaumh.mapbox.vectortile.adapt.jts.RoundingFilter.INSTANCE);
    // a point is its own simplification
    return g instanceof org.locationtech.jts.geom.Point
        ? g
        : org.locationtech.jts.simplify.TopologyPreservingSimplifier.simplify(g, 0.1);
  }

  /** Tile {@code z/x/y}'s extent in Web Mercator metres (y counted from the north). */
  static Envelope mercatorEnvelope(int z, int x, int y) {
    double size = 2 * HALF_WORLD / (1 << z);
    double minX = -HALF_WORLD + x * size;
    double maxY = HALF_WORLD - y * size;
    return new Envelope(minX, minX + size, maxY - size, maxY);
  }

  /** A Web Mercator envelope in lon/lat degrees. */
  static Envelope lonLat(Envelope mercator) {
    return new Envelope(
        Math.toDegrees(mercator.getMinX() / 6_378_137.0),
        Math.toDegrees(mercator.getMaxX() / 6_378_137.0),
        latitude(mercator.getMinY()),
        latitude(mercator.getMaxY()));
  }

  private static double latitude(double mercatorY) {
    return Math.toDegrees(Math.atan(Math.sinh(mercatorY / 6_378_137.0)));
  }
}
