/**
 * Import of Reclaim's layers from GeoJSON, CSV, KML and survey form exports: the API the CLI and
 * the HTTP API call ({@link org.reclaim.io.LayerImporter}, {@link org.reclaim.io.Layer}, {@link
 * org.reclaim.io.ImportOptions}) and what it returns ({@link org.reclaim.io.ImportResult}, {@link
 * org.reclaim.io.ImportReport}, {@link org.reclaim.io.ImportIssue}). Problems in a file are data,
 * never exceptions: an import lists every one and the caller stores all or nothing.
 *
 * <p>Formats live in sub-packages ({@code csv}, {@code geojson}, {@code kml}, {@code odk}), the
 * per-layer mapping shared by all in {@code layer}, CRS handling in {@code crs}. May use the
 * domain, JTS, proj4j, Jackson, FastCSV and the JDK's XML and zip packages; never a database,
 * Spring or the file system beyond reading the file given.
 */
@NullMarked
package org.reclaim.io;

import org.jspecify.annotations.NullMarked;
