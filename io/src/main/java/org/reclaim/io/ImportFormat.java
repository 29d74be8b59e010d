package org.reclaim.io;

import java.util.Locale;

/**
 * File formats Reclaim imports. The format decides what a record number in an {@link ImportIssue}
 * counts: CSV lines (the header is line 1), GeoJSON features or KML placemarks (the first is 1).
 */
public enum ImportFormat {
  /** RFC 4180 comma-separated values, UTF-8, header row first. */
  CSV("line"),
  /** RFC 7946 GeoJSON FeatureCollection (a single Feature is accepted too). */
  GEOJSON("feature"),
  /** OGC KML 2.2 document, e.g. drawn in Google Earth; always WGS84. */
  KML("placemark"),
  /** A zip archive holding a KML document ({@code doc.kml}, or else its first {@code .kml}). */
  KMZ("placemark"),
  /**
   * The main CSV file of an ODK Central or KoboToolbox form export, read through {@link
   * org.reclaim.io.odk.OdkImporter}; record numbers are lines, as for CSV.
   */
  ODK_CSV("line"),
  /**
   * Form submissions as JSON (a list, KoboToolbox's {@code results} or ODK Central's OData {@code
   * value}), read through {@link org.reclaim.io.odk.OdkImporter}; records are submissions.
   */
  ODK_JSON("submission");

  private final String recordWord;

  ImportFormat(String recordWord) {
    this.recordWord = recordWord;
  }

  /** What a record number counts in this format: {@code "line"}, {@code "feature"}, ... */
  public String recordWord() {
    return recordWord;
  }

  /**
   * The format a file name's extension implies: {@code .csv} is CSV, {@code .geojson} and {@code
   * .json} are GeoJSON, {@code .kml} is KML, {@code .kmz} is KMZ (case-insensitive).
   *
   * @throws IllegalArgumentException for any other extension
   */
  public static ImportFormat fromFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return CSV;
    }
    if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
      return GEOJSON;
    }
    if (lower.endsWith(".kml")) {
      return KML;
    }
    if (lower.endsWith(".kmz")) {
      return KMZ;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of '"
            + fileName
            + "': expected a .kml, .kmz, .csv, .geojson or .json file");
  }

  /**
   * The format named {@code name}: {@code csv}, {@code geojson}, {@code json}, {@code kml} or
   * {@code kmz}, or a media type ({@code text/csv}, {@code application/geo+json}, {@code
   * application/json}, {@code application/vnd.google-earth.kml+xml}, {@code
   * application/vnd.google-earth.kmz}); case-insensitive.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static ImportFormat fromName(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    int semicolon = key.indexOf(';');
    if (semicolon >= 0) {
      key = key.substring(0, semicolon).strip(); // media type parameters, e.g. charset
    }
    return switch (key) {
      case "csv", "text/csv" -> CSV;
      case "geojson", "json", "application/geo+json", "application/json" -> GEOJSON;
      case "kml", "application/vnd.google-earth.kml+xml" -> KML;
      case "kmz", "application/vnd.google-earth.kmz" -> KMZ;
      case "odk-csv", "kobo-csv", "odk_csv" -> ODK_CSV;
      case "odk-json", "kobo-json", "odk_json" -> ODK_JSON;
      default ->
          throw new IllegalArgumentException(
              "unknown import format '"
                  + name
                  + "'; expected csv, geojson, kml, kmz, odk-csv or odk-json");
    };
  }
}
