package org.reclaim.app.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.reclaim.io.geojson.Feature;
import org.reclaim.io.geojson.GeoJsonFeatureWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Answers that carry GeoJSON written by the one GeoJSON writer ({@link GeoJsonFeatureWriter}): a
 * single record with its version as the ETag, or a collection with its count.
 */
final class GeoJsonResponses {
  private GeoJsonResponses() {}

  /** One feature, its version as the ETag. */
  static ResponseEntity<byte[]> feature(HttpStatus status, Feature feature, long version) {
    return ResponseEntity.status(status)
        .eTag("\"" + version + "\"")
        .contentType(FeatureController.GEO_JSON)
        .body(GeoJsonFeatureWriter.feature(feature, GeoJsonFeatureWriter.MAP_DECIMALS, Map.of()));
  }

  /** One new feature at {@code location} (201), its version as the ETag. */
  static ResponseEntity<byte[]> created(String location, Feature feature, long version) {
    ResponseEntity<byte[]> body = feature(HttpStatus.CREATED, feature, version);
    return ResponseEntity.created(URI.create(location))
        .eTag(body.getHeaders().getETag())
        .contentType(FeatureController.GEO_JSON)
        .body(body.getBody());
  }

  /** A FeatureCollection of every feature given, with how many the register holds. */
  static ResponseEntity<byte[]> collection(List<Feature> features, long matched) {
    return ResponseEntity.ok()
        .contentType(FeatureController.GEO_JSON)
        .body(
            collectionBytes(
                features,
                GeoJsonFeatureWriter.MAP_DECIMALS,
                Map.of("numberMatched", matched, "numberReturned", features.size(), "offset", 0)));
  }

  /**
   * A FeatureCollection of {@code features}, coordinates to {@code decimals} places, with {@code
   * members} beside {@code features}.
   */
  static byte[] collectionBytes(List<Feature> features, int decimals, Map<String, ?> members) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + features.size() * 512);
    try (GeoJsonFeatureWriter w = GeoJsonFeatureWriter.collection(out, decimals, members)) {
      features.forEach(w::write);
    }
    return out.toByteArray();
  }
}
