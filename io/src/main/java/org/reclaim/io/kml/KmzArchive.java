package org.reclaim.io.kml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Finds the KML document inside a KMZ, the zip archive Google Earth saves: the root {@code doc.kml}
 * when there is one, else the first {@code .kml} entry (Google's KMZ rule: the first {@code .kml}
 * file is the main document; {@code doc.kml} by convention). Images and other entries are passed
 * over.
 *
 * <p>Zip bombs: every byte inflated from the archive, the entries passed over included, counts
 * against a cap ({@link #MAX_UNCOMPRESSED_BYTES} by default); past it reading stops with {@link
 * TooLargeException}. The archive is read as a stream ({@link ZipInputStream}): nothing is written
 * to disk, so entry names such as {@code ../x} do no harm.
 *
 * <p>Not thread safe: one per archive.
 */
final class KmzArchive {
  /** Default cap on the bytes inflated from one KMZ: 512 MiB. */
  static final long MAX_UNCOMPRESSED_BYTES = 512L * 1024 * 1024;

  private final ZipInputStream zip;
  private final long maxBytes;
  private long inflated;

  /** The archive's contents are not KMZ; the message says why. */
  static final class NotKmzException extends Exception {
    private static final long serialVersionUID = 1L;

    NotKmzException(String message) {
      super(message);
    }
  }

  /** The archive inflates to more than the cap. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long maxBytes) {
      super(
          "the KMZ archive inflates to more than "
              + (maxBytes % (1024 * 1024) == 0
                  ? maxBytes / (1024 * 1024) + " MiB"
                  : maxBytes + " bytes")
              + "; it is refused as a possible zip bomb — unzip it and import its .kml file");
    }
  }

  KmzArchive(InputStream in, long maxBytes) {
    this.zip = new ZipInputStream(in);
    this.maxBytes = maxBytes;
  }

  /**
   * The main KML document as a stream, bounded by the cap. When it is {@code doc.kml} it is read
   * straight from the archive; another first {@code .kml} is held in memory (within the cap) while
   * the rest of the archive is searched for a {@code doc.kml}.
   *
   * @throws NotKmzException when the stream is not a zip archive or holds no {@code .kml}
   * @throws TooLargeException when the archive inflates past the cap
   */
  InputStream mainDocument() throws IOException, NotKmzException {
    byte[] firstKml = null;
    boolean anyEntry = false;
    try {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        anyEntry = true;
        String name = e.getName().toLowerCase(Locale.ROOT);
        if (e.isDirectory()) {
          continue;
        }
        if (name.equals("doc.kml")) {
          return entry();
        }
        if (firstKml == null && name.endsWith(".kml")) {
          firstKml = entry().readAllBytes();
        } else {
          entry().transferTo(OutputStream.nullOutputStream()); // counts what a skip inflates
        }
      }
    } catch (ZipException e) {
      throw new NotKmzException("not a readable KMZ (zip) archive: " + e.getMessage());
    }
    if (firstKml != null) {
      return new ByteArrayInputStream(firstKml);
    }
    throw new NotKmzException(
        anyEntry
            ? "the KMZ archive holds no .kml file"
            : "not a KMZ archive: no zip entries found (is it a .kml file named .kmz?)");
  }

  /** The current entry, counted against the cap. */
  private InputStream entry() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        int b = zip.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = zip.read(buffer, offset, length);
        if (n > 0) {
          count(n);
        }
        return n;
      }
    };
  }

  private void count(int bytes) throws TooLargeException {
    inflated += bytes;
    if (inflated > maxBytes) {
      throw new TooLargeException(maxBytes);
    }
  }
}
