package org.reclaim.app.release;

import java.util.Locale;
import org.reclaim.domain.handover.Handover;
import org.reclaim.domain.hazard.HazardousArea;

/**
 * The printable handover certificate of released land (IMAS 07.11 §10): one self-contained HTML
 * page with a print style sheet. Every value from the register is escaped; names are never trusted
 * as markup.
 */
public final class HandoverCertificate {
  private HandoverCertificate() {}

  /** The certificate as an HTML document. */
  public static String html(Handover h, HazardousArea area, String regionName) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Handover certificate %1$s</title>
        <style>
          body { font-family: serif; max-width: 42em; margin: 2em auto; }
          h1 { font-size: 1.5em; text-align: center; }
          table { border-collapse: collapse; width: 100%%; }
          th, td { border: 1px solid #444; padding: .4em; text-align: left; }
          .sign { margin-top: 4em; display: flex; justify-content: space-between; }
          @media print { a { display: none; } }
        </style></head>
        <body>
        <h1>Certificate of handover of released land</h1>
        <p>No. <strong>%1$s</strong></p>
        <table>
          <tr><th>Hazardous area</th><td>%2$s — %3$s</td></tr>
          <tr><th>Region</th><td>%4$s</td></tr>
          <tr><th>Land released</th><td>%5$s m² (%6$s ha)</td></tr>
          <tr><th>Handed over on</th><td>%7$s</td></tr>
          <tr><th>Received by</th><td>%8$s</td></tr>
          <tr><th>Land use after release</th><td>%9$s</td></tr>
          <tr><th>Returned to use on</th><td>%10$s</td></tr>
        </table>
        <p>The land described above has been released by survey and clearance in accordance with
        the International Mine Action Standards (IMAS 07.11, 09.10, 09.20) and the national
        standards, and is handed over for use. Released land is not certified free of all
        explosive ordnance; any item found must be reported to the authorities.</p>
        <div class="sign"><span>For the national mine action authority</span>
        <span>For the recipient</span></div>
        </body></html>
        """
        .formatted(
            esc(h.certificateNo()),
            esc(area.code()),
            esc(area.name()),
            esc(regionName == null ? "—" : regionName),
            String.format(Locale.ROOT, "%,.0f", h.releasedM2()),
            String.format(Locale.ROOT, "%.2f", h.releasedM2() / 10_000),
            h.handedOverOn(),
            esc(h.recipient()),
            h.landUseAfter(),
            h.returnedToUseOn() == null ? "—" : h.returnedToUseOn().toString());
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
