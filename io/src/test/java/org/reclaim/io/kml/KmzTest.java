package org.reclaim.io.kml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportIssue;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;
import org.reclaim.io.LayerImporter;
import org.reclaim.io.layer.LayerMappers;

class KmzTest {
  @TempDir Path dir;

  private static String kml(String source) {
    return "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>"
        + KmlLayerReaderTest.evidencePlacemark("Tail fin", "36.25,49.95")
            .replace("NTS team 2", source)
        + "</Document></kml>";
  }

  /** A zip of {@code entries}: name, content, name, content, ... */
  private static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < entries.length; i += 2) {
        zip.putNextEntry(new ZipEntry(entries[i]));
        zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static ImportResult<?> read(byte[] kmz) {
    return LayerImporter.read(
        Layer.EVIDENCE,
        ImportFormat.KMZ,
        new ByteArrayInputStream(kmz),
        "test.kmz",
        ImportOptions.sequentialIds(1));
  }

  private static ImportReport readWithCap(byte[] kmz, long cap) {
    List<Object> records = new ArrayList<>();
    return KmlLayerReader.readKmz(
        LayerMappers.forLayer(Layer.EVIDENCE),
        new ByteArrayInputStream(kmz),
        "test.kmz",
        ImportOptions.sequentialIds(1),
        records::add,
        cap);
  }

  @Test
  void readsDocKmlFromAFileNamedKmz() throws IOException {
    Path file = dir.resolve("evidence.kmz");
    Files.write(file, zip("files/icon.png", "not really a png", "doc.kml", kml("Team A")));
    ImportResult<?> result =
        LayerImporter.read(Layer.EVIDENCE, file, ImportOptions.sequentialIds(1));

    assertThat(result.report().format()).isEqualTo(ImportFormat.KMZ);
    assertThat(result.as(Evidence.class).requireOk())
        .extracting(Evidence::source)
        .containsExactly("Team A");
  }

  @Test
  void docKmlWinsOverAnEarlierKml() throws IOException {
    byte[] kmz = zip("layers/old.kml", kml("Old"), "doc.kml", kml("Main"));

    assertThat(read(kmz).as(Evidence.class).requireOk())
        .extracting(Evidence::source)
        .containsExactly("Main");
  }

  @Test
  void withoutDocKmlTheFirstKmlIsRead() throws IOException {
    byte[] kmz = zip("areas.kml", kml("First"), "later.kml", kml("Second"));

    assertThat(read(kmz).as(Evidence.class).requireOk())
        .extracting(Evidence::source)
        .containsExactly("First");
  }

  @Test
  void anArchiveWithoutKmlIsOneFileIssue() throws IOException {
    ImportReport report = read(zip("readme.txt", "no map here")).report();

    assertThat(report.issues())
        .extracting(ImportIssue::record, ImportIssue::field, ImportIssue::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, "(file)", "the KMZ archive holds no .kml file"));
  }

  @Test
  void aKmlNamedKmzIsNotAnArchive() {
    ImportReport report = read(kml("Team A").getBytes(StandardCharsets.UTF_8)).report();

    assertThat(report.issues())
        .extracting(ImportIssue::reason)
        .singleElement()
        .asString()
        .startsWith("not a KMZ archive");
  }

  @Test
  void aDocumentInflatingPastTheCapIsRefused() throws IOException {
    // 1 MiB of comment compresses to about 1 KiB: a small zip bomb against a 64 KiB cap
    String padded =
        kml("Team A").replace("<Document>", "<Document><!--" + "x".repeat(1 << 20) + "-->");
    byte[] kmz = zip("doc.kml", padded);
    assertThat(kmz.length).isLessThan(16 * 1024);

    ImportReport report = readWithCap(kmz, 64 * 1024);

    assertThat(report.ok()).isFalse();
    assertThat(report.issues()).extracting(ImportIssue::field).containsExactly("(file)");
    assertThat(report.issues().get(0).reason())
        .startsWith("the KMZ archive inflates to more than 65536 bytes")
        .contains("zip bomb");
  }

  @Test
  void entriesPassedOverCountAgainstTheCapToo() throws IOException {
    byte[] kmz = zip("files/big.bin", "0".repeat(1 << 20), "doc.kml", kml("Team A"));

    ImportReport report = readWithCap(kmz, 64 * 1024);

    assertThat(report.issues())
        .extracting(ImportIssue::reason)
        .singleElement()
        .asString()
        .contains("more than 65536 bytes");
  }

  @Test
  void theDefaultCapIs512MiB() throws IOException {
    assertThat(KmzArchive.MAX_UNCOMPRESSED_BYTES).isEqualTo(512L * 1024 * 1024);
    // and a normal archive is well within it
    assertThat(read(zip("doc.kml", kml("Team A"))).ok()).isTrue();
  }
}
