/**
 * Coordinate reference systems on import: recognising a declared CRS by its EPSG code or URN and
 * reprojecting to WGS84 lon/lat, the only CRS Reclaim stores. May use proj4j (with its EPSG
 * database) and JTS only.
 */
@NullMarked
package org.reclaim.io.crs;

import org.jspecify.annotations.NullMarked;
