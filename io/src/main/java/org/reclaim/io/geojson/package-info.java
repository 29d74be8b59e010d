/**
 * GeoJSON import (RFC 7946, plus the legacy 2008 {@code crs} member): streaming Jackson reading of
 * the features array, GeoJSON to JTS geometry, then the shared {@link
 * org.reclaim.io.layer.RecordPipeline}. May use Jackson, JTS, {@code org.reclaim.io.crs} and {@code
 * org.reclaim.io.layer}.
 */
@NullMarked
package org.reclaim.io.geojson;

import org.jspecify.annotations.NullMarked;
