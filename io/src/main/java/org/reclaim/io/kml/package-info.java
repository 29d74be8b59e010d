/**
 * KML and KMZ import (OGC KML 2.2, as Google Earth writes it): the JDK's StAX parser, streaming one
 * {@code Placemark} at a time, with DTDs and external entities refused (XXE); a KMZ is read through
 * {@link java.util.zip.ZipInputStream} with a cap on the bytes it inflates (zip bombs). Placemarks
 * become records through the shared {@link org.reclaim.io.layer.RecordPipeline}. May use the JDK's
 * XML and zip packages, JTS and {@code org.reclaim.io.layer}.
 */
@NullMarked
package org.reclaim.io.kml;

import org.jspecify.annotations.NullMarked;
