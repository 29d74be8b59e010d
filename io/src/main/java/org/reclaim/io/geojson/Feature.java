package org.reclaim.io.geojson;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON Feature as Reclaim writes it ({@link GeoJsonFeatureWriter}).
 *
 * @param id the feature's {@code id} member, or {@code null} for none
 * @param properties property name → value, in output order (values as the writer takes them)
 * @param geometry WGS84 lon/lat geometry, or {@code null}
 */
public record Feature(
    @Nullable Long id, Map<String, Object> properties, @Nullable Geometry geometry) {}
