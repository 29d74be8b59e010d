/**
 * Geometry in WGS84 (lon/lat) and the metric measures taken from it: {@link
 * org.reclaim.domain.geometry.AreaOp} and {@link org.reclaim.domain.geometry.DistanceOp} work in a
 * {@link org.reclaim.domain.geometry.LocalProjection} (Lambert azimuthal equal-area), never in
 * degrees; {@link org.reclaim.domain.geometry.GeometryCheckOp} applies GICHD's geocheck rules. May
 * use JTS and proj4j only.
 */
package org.reclaim.domain.geometry;
