/**
 * One {@link org.reclaim.io.layer.LayerMapper} per layer, mapping a record's fields ({@link
 * org.reclaim.io.layer.RecordFields}, whatever the file format) to its domain record, and the
 * {@link org.reclaim.io.layer.RecordPipeline} every record passes: geometry rules ({@link
 * org.reclaim.domain.geometry.GeometryCheckOp}), field parsing, domain validation, duplicate check.
 * Format readers ({@code csv}, {@code geojson}) feed it; nothing here knows a file format. May use
 * the domain, JTS and the {@code org.reclaim.io} API types.
 */
@NullMarked
package org.reclaim.io.layer;

import org.jspecify.annotations.NullMarked;
