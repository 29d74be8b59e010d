package org.reclaim.store.jdbc;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.reclaim.domain.geometry.Wgs84;

/**
 * EWKB encoding of geometries for both vendors: written with SRID 4326, read back into {@link
 * Wgs84#FACTORY}. Thread safe: readers and writers are per thread.
 */
public final class GeometryCodec {
  private static final ThreadLocal<WKBWriter> WRITER =
      ThreadLocal.withInitial(() -> new WKBWriter(2, true));
  private static final ThreadLocal<WKBReader> READER =
      ThreadLocal.withInitial(() -> new WKBReader(Wgs84.FACTORY));

  private GeometryCodec() {}

  /** EWKB bytes with SRID 4326. */
  public static byte[] write(Geometry geometry) {
    if (geometry.getSRID() != Wgs84.SRID) {
      geometry = geometry.copy();
      geometry.setSRID(Wgs84.SRID);
    }
    return WRITER.get().write(geometry);
  }

  /** A geometry from (E)WKB bytes, or {@code null} for {@code null}. */
  public static Geometry read(byte[] ewkb) {
    if (ewkb == null) {
      return null;
    }
    try {
      Geometry g = READER.get().read(ewkb);
      g.setSRID(Wgs84.SRID);
      return g;
    } catch (ParseException e) {
      throw new IllegalStateException("stored geometry is not valid WKB: " + e.getMessage(), e);
    }
  }
}
