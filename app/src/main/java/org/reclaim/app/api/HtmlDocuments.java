package org.reclaim.app.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Printable HTML documents the API answers (the monthly operations report, a handover certificate):
 * self-contained pages whose styles are inline, served with a Content-Security-Policy of their own
 * that allows exactly those styles by their SHA-256 hash, and nothing else — no script, no other
 * source — instead of the web app's policy (docs/security.md).
 */
final class HtmlDocuments {
  private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

  private HtmlDocuments() {}

  /** {@code html} as a 200 answer with its own policy. */
  static ResponseEntity<String> of(String html) {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", policy(html))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(html);
  }

  /** {@code default-src 'none'} with a {@code style-src} hash per inline style element. */
  static String policy(String html) {
    StringBuilder styles = new StringBuilder();
    Matcher m = STYLE.matcher(html);
    while (m.find()) {
      styles.append(" 'sha256-").append(sha256(m.group(1))).append('\'');
    }
    return "default-src 'none'; img-src data:; style-src"
        + (styles.isEmpty() ? " 'none'" : styles)
        + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
