package org.reclaim.store;

/**
 * The databases Reclaim stores its register in, and the few places their SQL differs. Everything
 * else is the same SQL, so one contract test suite covers both.
 */
public enum Vendor {
  /** Embedded H2 with H2GIS: the default, a file under the user's data directory. */
  H2("db/migration/h2"),
  /** PostgreSQL with PostGIS: the production store. */
  POSTGRESQL("db/migration/postgresql");

  private final String migrations;

  Vendor(String migrations) {
    this.migrations = migrations;
  }

  /** The vendor a JDBC URL points at. */
  public static Vendor fromJdbcUrl(String url) {
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "unsupported database URL '" + url + "': use jdbc:h2:... or jdbc:postgresql:...");
  }

  /** Flyway location of this vendor's migrations. */
  public String migrations() {
    return "classpath:" + migrations;
  }

  /**
   * SQL for a bound geometry parameter; the value bound is EWKB bytes. H2 converts EWKB bytes to
   * its GEOMETRY type on assignment; PostGIS needs the function.
   */
  public String geometryParameter() {
    return this == H2 ? "?" : "ST_GeomFromEWKB(?)";
  }

  /** SQL that selects {@code column} as EWKB bytes. */
  public String geometrySelect(String column) {
    return this == H2 ? column : "ST_AsEWKB(" + column + ")";
  }
}
