package org.reclaim.io.kml;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * One element of a KML placemark, read from the StAX stream into a small tree so that the
 * placemark's name, fields and geometry can be taken in any order. Only what Reclaim reads is kept:
 * the local name (namespaces are not compared: KML 2.0–2.2 and Google's {@code gx} extensions share
 * the element names that matter), the {@code name} attribute of {@code Data} and {@code
 * SimpleData}, the text and the child elements.
 *
 * <p>One placemark at a time is held, never the whole document.
 */
final class KmlElement {
  private final String name;
  private final @Nullable String nameAttribute;
  private final List<KmlElement> children = new ArrayList<>();
  private @Nullable StringBuilder text;

  private KmlElement(String name, @Nullable String nameAttribute) {
    this.name = name;
    this.nameAttribute = nameAttribute;
  }

  /**
   * Reads the element at the reader's current {@code START_ELEMENT} with everything in it; the
   * reader is left on its {@code END_ELEMENT}.
   */
  static KmlElement read(XMLStreamReader r) throws XMLStreamException {
    KmlElement root = start(r);
    List<KmlElement> open = new ArrayList<>();
    open.add(root);
    while (!open.isEmpty()) {
      int event = r.next();
      KmlElement top = open.get(open.size() - 1);
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          KmlElement child = start(r);
          top.children.add(child);
          open.add(child);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (top.text == null) {
            top.text = new StringBuilder();
          }
          top.text.append(r.getText());
        }
        case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
        default -> {
          // comments and processing instructions carry nothing Reclaim reads
        }
      }
    }
    return root;
  }

  private static KmlElement start(XMLStreamReader r) {
    return new KmlElement(r.getLocalName(), r.getAttributeValue(null, "name"));
  }

  /** The local name, e.g. {@code Polygon}. */
  String name() {
    return name;
  }

  /** The {@code name} attribute ({@code <Data name="code">}), or {@code null}. */
  @Nullable String nameAttribute() {
    return nameAttribute;
  }

  /** The text inside the element (not its children's), stripped; {@code null} when blank. */
  @Nullable String text() {
    if (text == null) {
      return null;
    }
    String s = text.toString().strip();
    return s.isEmpty() ? null : s;
  }

  /** The child elements in document order. */
  List<KmlElement> children() {
    return children;
  }

  /** The first child element named {@code name}, or {@code null}. */
  @Nullable KmlElement child(String name) {
    for (KmlElement c : children) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** Every child element named {@code name}. */
  List<KmlElement> children(String name) {
    List<KmlElement> found = new ArrayList<>();
    for (KmlElement c : children) {
      if (c.name.equals(name)) {
        found.add(c);
      }
    }
    return found;
  }
}
