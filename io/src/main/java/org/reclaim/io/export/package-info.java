/**
 * Export of any layer of the register as CSV (geometry as WKT), GeoJSON, GeoPackage and KML/KMZ, in
 * the field names the importers read, so an export imports back. Works on a plain {@link
 * org.reclaim.io.export.ExportTable}: the caller (the app, which knows the store's table mappings)
 * fills it; this package knows neither the store nor the app.
 */
package org.reclaim.io.export;
