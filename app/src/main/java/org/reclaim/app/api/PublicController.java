package org.reclaim.app.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.reclaim.app.people.PublicView;
import org.reclaim.app.register.AuditTrail;
import org.reclaim.app.register.FeatureService;
import org.reclaim.io.Layer;
import org.reclaim.io.geojson.Feature;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What everyone may read without an account — a page and an API an oblast administration can link
 * to: hazard warnings (zones, not surveyed polygons), released land, and the published aggregates
 * (small counts of people suppressed).
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Public", description = "Released land, hazard warnings and aggregates; no login")
class PublicController {
  private final PublicView view;
  private final AuditTrail audit;
  private final FeatureService features;
  private final VectorTiles tiles;
  // the published collections, encoded once per version of what they are made of: anyone may ask
  // for them, and a national register's warning zones take seconds to make
  private final Cache<String, byte[]> published = Caffeine.newBuilder().maximumSize(4).build();

  PublicController(PublicView view, AuditTrail audit, FeatureService features, VectorTiles tiles) {
    this.view = view;
    this.audit = audit;
    this.features = features;
    this.tiles = tiles;
  }

  @Operation(summary = "Hazard warnings: land not yet released, as warning zones (GeoJSON)")
  @GetMapping("/hazard-warnings")
  ResponseEntity<byte[]> warnings() {
    String key = "warnings@" + audit.versionOf(features.entity(Layer.HAZARDOUS_AREAS));
    return geoJson(published.get(key, k -> encode(view.warnings())));
  }

  @Operation(summary = "Released land with what was cancelled, reduced and cleared (GeoJSON)")
  @GetMapping("/released-land")
  ResponseEntity<byte[]> released() {
    String key =
        "released@"
            + audit.versionOf(features.entity(Layer.HAZARDOUS_AREAS))
            + "/"
            + audit.versionOf(features.entity(Layer.LAND_RELEASES));
    return geoJson(published.get(key, k -> encode(view.released())));
  }

  @Operation(
      summary =
          "A public Mapbox Vector Tile (z/x/y, Web Mercator) of hazard-warnings (land not yet"
              + " released as warning zones, from zoom 6) or released-land: what the public map"
              + " draws; ETag = the areas' version")
  @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
  ResponseEntity<byte[]> tile(
      @PathVariable String layer, @PathVariable int z, @PathVariable int x, @PathVariable int y) {
    VectorTiles.Tile t = tiles.publicTile(layer, z, x, y);
    return ResponseEntity.ok()
        .contentType(TileController.MVT)
        .eTag("\"" + t.version() + "\"")
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .header("Access-Control-Allow-Origin", "*")
        .body(t.bytes());
  }

  @Operation(summary = "Published aggregates: land released, casualties, EORE, people trained")
  @GetMapping("/aggregates")
  ResponseEntity<Map<String, Object>> aggregates() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .body(view.aggregates());
  }

  private static byte[] encode(List<PublicView.Published> published) {
    List<Feature> features =
        published.stream().map(p -> new Feature(p.id(), p.properties(), p.geometry())).toList();
    return GeoJsonResponses.collectionBytes(
        features, 5, Map.of("numberReturned", published.size()));
  }

  private static ResponseEntity<byte[]> geoJson(byte[] collection) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .header("Access-Control-Allow-Origin", "*")
        .contentType(FeatureController.GEO_JSON)
        .body(collection);
  }
}
