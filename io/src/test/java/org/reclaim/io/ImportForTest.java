package org.reclaim.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Shortcuts for tests: import a string or a fixture under {@code src/test/resources/import}. */
public final class ImportForTest {
  private ImportForTest() {}

  /** Imports {@code content} as a file of {@code format}, ids from 1. */
  public static ImportResult<?> text(Layer layer, ImportFormat format, String content) {
    return text(layer, format, content, ImportOptions.sequentialIds(1));
  }

  /** Imports {@code content} as a file of {@code format}. */
  public static ImportResult<?> text(
      Layer layer, ImportFormat format, String content, ImportOptions options) {
    return LayerImporter.read(
        layer,
        format,
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        "test." + format.name().toLowerCase(java.util.Locale.ROOT),
        options);
  }

  /** Imports the fixture {@code name}, ids from 1. */
  public static ImportResult<?> fixture(Layer layer, String name) {
    return fixture(layer, name, ImportOptions.sequentialIds(1));
  }

  /** Imports the fixture {@code name}. */
  public static ImportResult<?> fixture(Layer layer, String name, ImportOptions options) {
    try {
      return LayerImporter.read(layer, path(name), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of fixture {@code name}. */
  public static Path path(String name) {
    try {
      return Path.of(ImportForTest.class.getResource("/import/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no fixture " + name, e);
    }
  }
}
