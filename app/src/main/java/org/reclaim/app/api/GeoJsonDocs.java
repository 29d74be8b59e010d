package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the GeoJSON documents (RFC 7946) the API sends and takes, declared for the OpenAPI
 * document: the bodies themselves are written by {@link
 * org.reclaim.io.geojson.GeoJsonFeatureWriter} and read by the importers, which these records
 * describe field for field.
 */
final class GeoJsonDocs {
  private GeoJsonDocs() {}

  /**
   * One record of a layer.
   *
   * @param type always {@code Feature}
   * @param id the record's id (absent in a request: Reclaim assigns it)
   * @param properties the layer's columns (io/README.md) and, in answers, {@code version}
   * @param geometry RFC 7946 geometry in WGS84 lon/lat, or {@code null}
   */
  @Schema(name = "GeoJsonFeature", description = "A GeoJSON Feature (RFC 7946)")
  record Feature(
      @Schema(example = "Feature") String type,
      Long id,
      Map<String, Object> properties,
      @Schema(description = "RFC 7946 geometry object: type and coordinates (lon, lat)")
          Map<String, Object> geometry) {}

  /**
   * A page of a layer, with OGC API - Features paging members.
   *
   * @param numberMatched records that pass the filter in all
   * @param numberReturned records in this page
   * @param offset the page's first record
   * @param links {@code next} when more records follow
   */
  @Schema(name = "GeoJsonFeatureCollection", description = "A GeoJSON FeatureCollection")
  record FeatureCollection(
      @Schema(example = "FeatureCollection") String type,
      long numberMatched,
      int numberReturned,
      long offset,
      List<Link> links,
      List<Feature> features) {}

  /** A paging link. */
  record Link(@Schema(example = "next") String rel, String href) {}
}
