package org.reclaim.io.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.reclaim.domain.geometry.Wgs84;

/**
 * The geometry blob of a GeoPackage feature row (OGC GeoPackage 1.3, §2.1.3.1.1 {@code
 * StandardGeoPackageBinary}): an 8-byte header ({@code GP}, version, flags, SRS id), an optional
 * envelope, then the geometry as WKB. Written straight from and to JTS, for the streaming reader
 * and writer that move millions of rows; NGA's library goes through its own geometry model, which
 * costs several times as much per row. Not thread safe (one per thread).
 */
final class GeoPackageBinary {
  private static final byte FLAGS_LITTLE_ENDIAN_XY_ENVELOPE = 0b0000_0011;
  private static final int HEADER = 8;

  private final WKBWriter writer = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
  private final WKBReader reader = new WKBReader(Wgs84.FACTORY);

  /** The blob of {@code g} in {@code srsId}, with its xy envelope. */
  byte[] write(Geometry g, int srsId) {
    byte[] wkb = writer.write(g);
    Envelope e = g.getEnvelopeInternal();
    ByteBuffer b = ByteBuffer.allocate(HEADER + 32 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0).put(FLAGS_LITTLE_ENDIAN_XY_ENVELOPE);
    b.putInt(srsId);
    b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
    b.put(wkb);
    return b.array();
  }

  /**
   * The geometry of a blob, or {@code null} for an empty one.
   *
   * @throws IllegalArgumentException when the blob is not a GeoPackage geometry
   */
  Geometry read(byte[] blob) {
    if (blob.length < HEADER || blob[0] != 'G' || blob[1] != 'P') {
      throw new IllegalArgumentException("not a GeoPackage geometry (no GP header)");
    }
    int flags = blob[3];
    if ((flags & 0b0010_0000) != 0) {
      throw new IllegalArgumentException("extended GeoPackage geometries are not supported");
    }
    if ((flags & 0b0001_0000) != 0) {
      return null;
    }
    int envelope =
        switch ((flags >> 1) & 0b111) {
          case 0 -> 0;
          case 1 -> 32;
          case 2, 3 -> 48;
          case 4 -> 64;
          default -> throw new IllegalArgumentException("invalid envelope indicator in flags");
        };
    try {
      Geometry g = reader.read(Arrays.copyOfRange(blob, HEADER + envelope, blob.length));
      g.setSRID(Wgs84.SRID);
      return g;
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException("unreadable WKB: " + e.getMessage(), e);
    }
  }
}
