package org.reclaim.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes an {@link ExportTable} as OGC KML 2.2, for Google Earth and the map apps field teams
 * carry, or as KMZ (the same document zipped as {@code doc.kml}) — the KML import format
 * (io/README.md), so an export imports back.
 *
 * <p>One {@code Placemark} per row: its {@code <name>} is the row's {@code name} field, or else its
 * {@code code} (what Google Earth shows as the label); every non-empty field goes into {@code
 * <ExtendedData>} as {@code <Data name="field"><value>text</value></Data>} (text as {@link
 * ExportTable#text}); the geometry as Point, LineString, Polygon with its holes, or MultiGeometry
 * for multi-part geometries and collections. Coordinates are {@code longitude,latitude} in WGS84
 * with every digit a {@code double} needs, so they read back as the same numbers. A row without
 * geometry is a placemark without geometry.
 *
 * <p>Thread safe: stateless. Written with the JDK's StAX writer, which escapes text.
 */
public final class KmlExporter {
  /** The KML 2.2 namespace. */
  public static final String NAMESPACE = "http://www.opengis.net/kml/2.2";

  private KmlExporter() {}

  /** Writes {@code table} as a KML document, UTF-8, to {@code out} (not closed). */
  public static void write(ExportTable table, OutputStream out) {
    try {
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("kml");
      w.writeDefaultNamespace(NAMESPACE);
      w.writeStartElement("Document");
      text(w, "name", table.layer());
      w.writeCharacters("\n");
      for (ExportTable.Row r : table.rows()) {
        placemark(w, table, r);
        w.writeCharacters("\n");
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException("cannot write KML: " + e.getMessage(), e));
    }
  }

  /** Writes {@code table} as a KMZ archive holding {@code doc.kml} to {@code out} (not closed). */
  public static void writeKmz(ExportTable table, OutputStream out) {
    try {
      ZipOutputStream zip = new ZipOutputStream(out);
      zip.putNextEntry(new ZipEntry("doc.kml"));
      write(table, zip);
      zip.closeEntry();
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void placemark(XMLStreamWriter w, ExportTable table, ExportTable.Row r)
      throws XMLStreamException {
    w.writeStartElement("Placemark");
    String label = ExportTable.text(r.values().get("name"));
    if (label.isBlank()) {
      label = ExportTable.text(r.values().get("code"));
    }
    if (!label.isBlank()) {
      text(w, "name", label);
    }
    w.writeStartElement("ExtendedData");
    for (String f : table.fields()) {
      String v = ExportTable.text(r.values().get(f));
      if (!v.isBlank()) {
        w.writeStartElement("Data");
        w.writeAttribute("name", f);
        text(w, "value", v);
        w.writeEndElement();
      }
    }
    w.writeEndElement();
    if (r.geometry() != null && !r.geometry().isEmpty()) {
      geometry(w, r.geometry());
    }
    w.writeEndElement();
  }

  private static void geometry(XMLStreamWriter w, Geometry g) throws XMLStreamException {
    switch (g) {
      case Point p -> {
        w.writeStartElement("Point");
        coordinates(w, p.getCoordinates());
        w.writeEndElement();
      }
      case LineString l -> {
        w.writeStartElement("LineString");
        coordinates(w, l.getCoordinates());
        w.writeEndElement();
      }
      case Polygon p -> polygon(w, p);
      case GeometryCollection c -> {
        w.writeStartElement("MultiGeometry");
        for (int i = 0; i < c.getNumGeometries(); i++) {
          if (!c.getGeometryN(i).isEmpty()) {
            geometry(w, c.getGeometryN(i));
          }
        }
        w.writeEndElement();
      }
      default -> throw new IllegalArgumentException("cannot write " + g.getGeometryType());
    }
  }

  private static void polygon(XMLStreamWriter w, Polygon p) throws XMLStreamException {
    w.writeStartElement("Polygon");
    w.writeStartElement("outerBoundaryIs");
    ring(w, p.getExteriorRing().getCoordinates());
    w.writeEndElement();
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      w.writeStartElement("innerBoundaryIs");
      ring(w, p.getInteriorRingN(i).getCoordinates());
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private static void ring(XMLStreamWriter w, Coordinate[] cs) throws XMLStreamException {
    w.writeStartElement("LinearRing");
    coordinates(w, cs);
    w.writeEndElement();
  }

  private static void coordinates(XMLStreamWriter w, Coordinate[] cs) throws XMLStreamException {
    StringBuilder text = new StringBuilder(cs.length * 40);
    for (Coordinate c : cs) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(number(c.x)).append(',').append(number(c.y));
    }
    text(w, "coordinates", text.toString());
  }

  /** The shortest decimal that reads back as {@code d}, never in exponent notation. */
  private static String number(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static void text(XMLStreamWriter w, String element, String text)
      throws XMLStreamException {
    w.writeStartElement(element);
    w.writeCharacters(text);
    w.writeEndElement();
  }
}
