/**
 * CSV import: FastCSV parsing, header checks, geometry from a WKT column or lon/lat columns (with a
 * hand-written fast path for points), then the shared {@link org.reclaim.io.layer.RecordPipeline}.
 * May use FastCSV, JTS, {@code org.reclaim.io.crs} and {@code org.reclaim.io.layer}.
 */
@NullMarked
package org.reclaim.io.csv;

import org.jspecify.annotations.NullMarked;
