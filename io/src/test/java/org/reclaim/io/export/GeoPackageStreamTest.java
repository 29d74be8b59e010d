package org.reclaim.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.reclaim.domain.geometry.Wgs84;

class GeoPackageStreamTest {
  @TempDir Path dir;

  private static Geometry wkt(String s) throws Exception {
    return new WKTReader(Wgs84.FACTORY).read(s);
  }

  private static final List<GeoPackageFeatureWriter.Column> COLUMNS =
      List.of(
          new GeoPackageFeatureWriter.Column("cadastral_number", GeoPackageFeatureWriter.Type.TEXT),
          new GeoPackageFeatureWriter.Column("value_usd_per_ha", GeoPackageFeatureWriter.Type.REAL),
          new GeoPackageFeatureWriter.Column("strips", GeoPackageFeatureWriter.Type.INTEGER));

  @Test
  void rowsWrittenByTheStreamAreReadBackByTheStreamAndByTheGeoPackageLibrary() throws Exception {
    Path file = dir.resolve("parcels.gpkg");
    Geometry field = wkt("POLYGON ((36.1 49.5, 36.2 49.5, 36.2 49.6, 36.1 49.6, 36.1 49.5))");
    try (GeoPackageFeatureWriter w = GeoPackageFeatureWriter.create(file, "parcels", COLUMNS)) {
      w.write(field, "6321010100:01:001:0001", 850.0, 3L);
      w.write(null, "6321010100:01:001:0002", null, null);
      w.addAttributes(
          "summary",
          List.of(new GeoPackageFeatureWriter.Column("oblast", GeoPackageFeatureWriter.Type.TEXT)),
          List.<Object[]>of(new Object[] {"UA-63"}));
      w.finish();
    }

    try (GeoPackageFeatureReader r = GeoPackageFeatureReader.open(file, "parcels")) {
      assertThat(r.count()).isEqualTo(2);
      assertThat(r.fields()).containsExactly("cadastral_number", "value_usd_per_ha", "strips");
      GeoPackageFeatureReader.Row first = r.next();
      assertThat(first.geometry().equalsExact(field)).isTrue();
      assertThat(first.values()).containsExactly("6321010100:01:001:0001", 850.0, 3L);
      GeoPackageFeatureReader.Row second = r.next();
      assertThat(second.geometry()).isNull();
      assertThat(r.next()).isNull();
    }
    ExportTable byLibrary = GeoPackageReader.read(file, "parcels");
    assertThat(byLibrary.rows()).hasSize(2);
    assertThat(byLibrary.rows().get(0).geometry().equalsExact(field)).isTrue();
    assertThat(GeoPackageReader.read(file, "summary").rows().get(0).values())
        .containsEntry("oblast", "UA-63");
  }

  @Test
  void aWriterClosedWithoutFinishingLeavesNoFile() throws Exception {
    Path file = dir.resolve("out.gpkg");
    try (GeoPackageFeatureWriter w = GeoPackageFeatureWriter.create(file, "parcels", COLUMNS)) {
      w.write(wkt("POINT (36 49)"), "x", 1.0, 1L);
    }
    assertThat(file).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aRowOfTheWrongWidthIsRefused() throws Exception {
    try (GeoPackageFeatureWriter w =
        GeoPackageFeatureWriter.create(dir.resolve("x.gpkg"), "parcels", COLUMNS)) {
      assertThatThrownBy(() -> w.write(wkt("POINT (36 49)"), "x"))
          .hasMessageContaining("expected 3 values, got 1");
    }
  }

  @Test
  void aFileThatIsNoGeoPackageIsRefusedByName() throws Exception {
    Path file = dir.resolve("notes.gpkg");
    Files.writeString(file, "not a database");
    assertThatThrownBy(() -> GeoPackageFeatureReader.open(file, "parcels"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notes.gpkg");
  }
}
