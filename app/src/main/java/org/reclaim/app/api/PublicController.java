package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.reclaim.app.people.PublicView;
import org.reclaim.io.geojson.Feature;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

  PublicController(PublicView view) {
    this.view = view;
  }

  @Operation(summary = "Hazard warnings: land not yet released, as warning zones (GeoJSON)")
  @GetMapping("/hazard-warnings")
  ResponseEntity<byte[]> warnings() {
    return geoJson(view.warnings());
  }

  @Operation(summary = "Released land with what was cancelled, reduced and cleared (GeoJSON)")
  @GetMapping("/released-land")
  ResponseEntity<byte[]> released() {
    return geoJson(view.released());
  }

  @Operation(summary = "Published aggregates: land released, casualties, EORE, people trained")
  @GetMapping("/aggregates")
  ResponseEntity<Map<String, Object>> aggregates() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .body(view.aggregates());
  }

  private static ResponseEntity<byte[]> geoJson(List<PublicView.Published> published) {
    List<Feature> features =
        published.stream().map(p -> new Feature(p.id(), p.properties(), p.geometry())).toList();
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .header("Access-Control-Allow-Origin", "*")
        .contentType(FeatureController.GEO_JSON)
        .body(
            GeoJsonResponses.collectionBytes(
                features, 5, Map.of("numberReturned", published.size())));
  }
}
