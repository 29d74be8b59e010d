package org.reclaim.io.kml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.layer.GeometryRule;
import org.reclaim.io.layer.IssueCollector;
import org.reclaim.io.layer.LayerMapper;
import org.reclaim.io.layer.MapRecordFields;
import org.reclaim.io.layer.RecordPipeline;

/**
 * Reads a layer from KML (OGC KML 2.2, e.g. hazard polygons drawn in Google Earth) or from a KMZ
 * archive holding it, with the JDK's StAX parser, streaming: one {@code Placemark} at a time, found
 * at any depth of {@code Document} and {@code Folder} nesting, is one record. Record numbers count
 * placemarks from 1 in document order.
 *
 * <p>A placemark's fields are its {@code ExtendedData}: {@code <Data name="..."><value>} and {@code
 * <SchemaData><SimpleData name="...">}, names lower-cased. Its {@code <name>} stands for the
 * layer's {@code name} field, and for its {@code code} field (hazardous areas, regions), when
 * {@code ExtendedData} gives none: Google Earth has no other place to type a register code. Its
 * {@code <description>} stands for a {@code description} or {@code notes} field where the layer has
 * one (none has yet, so it is noted as ignored). Geometry: see {@link KmlGeometryBuilder}. KML is
 * always WGS84 lon/lat, so {@link ImportOptions#crs()} does not apply.
 *
 * <p>Security: a document with a DOCTYPE is refused (KML has none); DTDs and external entities are
 * never read, so an XXE file cannot make the import read a local file or a URL. {@code
 * NetworkLink}s are not followed.
 *
 * <p>Thread safe: each call works on its own state.
 */
public final class KmlLayerReader {
  private KmlLayerReader() {}

  /**
   * Reads every placemark of the KML document {@code in} (not closed) into {@code sink}, while the
   * file has no issue.
   *
   * @return the report; when it lists issues everything the sink received must be discarded
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static <T> ImportReport read(
      LayerMapper<T> mapper,
      InputStream in,
      String fileName,
      ImportOptions options,
      Consumer<? super T> sink) {
    Run<T> run = new Run<>(mapper, options, sink, ImportFormat.KML);
    run.parse(in);
    return run.report(fileName);
  }

  /**
   * Reads the KMZ archive {@code in} (not closed): its {@code doc.kml}, or else its first {@code
   * .kml} entry, as {@link #read}. An archive inflating to more than 512 MiB is refused with one
   * issue.
   */
  public static <T> ImportReport readKmz(
      LayerMapper<T> mapper,
      InputStream in,
      String fileName,
      ImportOptions options,
      Consumer<? super T> sink) {
    return readKmz(mapper, in, fileName, options, sink, KmzArchive.MAX_UNCOMPRESSED_BYTES);
  }

  /** {@link #readKmz} with another cap on the inflated bytes, for tests. */
  static <T> ImportReport readKmz(
      LayerMapper<T> mapper,
      InputStream in,
      String fileName,
      ImportOptions options,
      Consumer<? super T> sink,
      long maxUncompressedBytes) {
    Run<T> run = new Run<>(mapper, options, sink, ImportFormat.KMZ);
    try {
      run.parse(new KmzArchive(in, maxUncompressedBytes).mainDocument());
    } catch (KmzArchive.NotKmzException | KmzArchive.TooLargeException e) {
      run.issues.add(0, "(file)", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return run.report(fileName);
  }

  /** A StAX factory that reads no DTD and resolves no external entity. */
  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's, whatever the classpath
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external entities are not read: " + systemId);
        });
    return f;
  }

  private static final class Run<T> {
    private final long start = System.nanoTime();
    private final LayerMapper<T> mapper;
    private final IssueCollector issues;
    private final RecordPipeline<T> pipeline;
    private final Set<String> known;
    private final Set<String> ignored = new TreeSet<>();
    private int recordsRead;

    Run(LayerMapper<T> mapper, ImportOptions options, Consumer<? super T> sink, ImportFormat f) {
      this.mapper = mapper;
      this.issues = new IssueCollector(f, options.maxIssues());
      this.pipeline = new RecordPipeline<>(mapper, options, issues, sink);
      this.known = Set.copyOf(mapper.columns());
    }

    void parse(InputStream in) {
      XMLStreamReader r = null;
      try {
        r = secureFactory().createXMLStreamReader(in);
        document(r);
      } catch (XMLStreamException e) {
        KmzArchive.TooLargeException bomb = tooLarge(e);
        if (bomb != null) {
          issues.add(0, "(file)", bomb.getMessage());
        } else {
          issues.add(0, "(file)", "malformed XML" + where(e.getLocation()) + ": " + message(e));
        }
      } finally {
        close(r);
      }
    }

    private void document(XMLStreamReader r) throws XMLStreamException {
      boolean root = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          issues.add(
              0,
              "(file)",
              "the file declares a DOCTYPE; KML has none, and Reclaim reads no DTD or external"
                  + " entity (XXE)");
          return;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (!root) {
          root = true;
          if (!r.getLocalName().equals("kml")) {
            issues.add(
                0,
                "(file)",
                "expected a KML document (root <kml>), found <" + r.getLocalName() + ">");
            return;
          }
        } else if (r.getLocalName().equals("Placemark")) {
          placemark(KmlElement.read(r));
        }
      }
      if (!root) {
        issues.add(0, "(file)", "the file is empty; expected a KML document");
      }
    }

    private void placemark(KmlElement placemark) {
      int number = ++recordsRead;
      PlacemarkFields fields = new PlacemarkFields(placemark, known, ignored);
      String name = fields.label();
      Geometry geometry = null;
      boolean reported = false;
      KmlElement shape = geometryElement(placemark);
      if (mapper.geometryRule() != GeometryRule.NONE && shape != null) {
        try {
          geometry = KmlGeometryBuilder.build(shape);
        } catch (KmlGeometryBuilder.MalformedGeometryException e) {
          String which = name == null ? "" : " (placemark '" + name + "')";
          issues.add(number, "geometry", e.getMessage() + which);
          reported = true;
        } catch (IllegalArgumentException e) { // JTS refusing a ring or a line
          issues.add(number, "geometry", "cannot build geometry: " + e.getMessage());
          reported = true;
        }
      }
      pipeline.accept(number, new MapRecordFields(fields.values()), geometry, reported);
    }

    private static @Nullable KmlElement geometryElement(KmlElement placemark) {
      for (KmlElement c : placemark.children()) {
        if (KmlGeometryBuilder.GEOMETRY_ELEMENTS.contains(c.name())) {
          return c;
        }
      }
      return null;
    }

    private static KmzArchive.@Nullable TooLargeException tooLarge(Throwable e) {
      for (Throwable t = e; t != null; t = next(t)) {
        if (t instanceof KmzArchive.TooLargeException bomb) {
          return bomb;
        }
      }
      return null;
    }

    private static @Nullable Throwable next(Throwable t) {
      if (t.getCause() != null) {
        return t.getCause();
      }
      return t instanceof XMLStreamException x ? x.getNestedException() : null;
    }

    private static String where(@Nullable Location at) {
      return at == null || at.getLineNumber() < 0
          ? ""
          : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    }

    /** The parser's message without the location it repeats ("ParseError at [row,col]:..."). */
    private static String message(XMLStreamException e) {
      String m = String.valueOf(e.getMessage());
      int cut = m.indexOf("Message: ");
      return cut >= 0 ? m.substring(cut + "Message: ".length()).strip() : m.strip();
    }

    private static void close(@Nullable XMLStreamReader r) {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader never loses data; the report already says what went wrong
        }
      }
    }

    ImportReport report(String fileName) {
      return issues.toReport(
          mapper.layer(),
          fileName,
          recordsRead,
          ignored,
          Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
