/**
 * Import of ODK Collect / KoboToolbox form submissions (non-technical survey, IMAS 08.10, and
 * explosive ordnance reports) from their CSV and JSON exports into evidence and hazardous areas:
 * flattening of group paths and repeat groups ({@code Submission}), ODK geo answers (latitude
 * first) to JTS, a documented field mapping ({@link org.reclaim.io.odk.OdkFormMapping}), then the
 * shared {@link org.reclaim.io.layer.RecordPipeline}. May use FastCSV, Jackson, JTS and {@code
 * org.reclaim.io.layer}.
 */
@NullMarked
package org.reclaim.io.odk;

import org.jspecify.annotations.NullMarked;
