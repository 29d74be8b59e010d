package org.reclaim.bench.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.reclaim.domain.evidence.EvidenceType;

/**
 * Writes a seeded CSV of synthetic evidence points (lon/lat columns) for the import benchmark:
 * every row valid, spread over eastern and southern Ukraine, every evidence type present. The same
 * seed and row count give the same file.
 */
public final class EvidenceCsvFixture {
  private static final String[] SOURCES = {
    "NMAA hotline", "SESU EOD report", "HALO NTS team 4", "drone survey UA-14", "police report"
  };
  private static final String[] DETECTORS = {"multispectral", "thermal", "GPR", "magnetometer"};

  private EvidenceCsvFixture() {}

  /** Writes {@code rows} data rows (plus a header) to {@code file}. */
  public static void write(Path file, int rows, long seed) throws IOException {
    write(file, rows, seed, null);
  }

  /**
   * Writes {@code rows} data rows (plus a header) to {@code file}, every row with {@code source} as
   * its source when it is not {@code null} (so that the rows of one import can be counted).
   */
  public static void write(Path file, int rows, long seed, String source) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    EvidenceType[] types = EvidenceType.values();
    LocalDate first = LocalDate.of(2022, 3, 1);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("lon,lat,type,observed_on,source,reliability,detector_type,confidence,casualties\n");
      StringBuilder line = new StringBuilder(128);
      for (int i = 0; i < rows; i++) {
        EvidenceType type = types[random.nextInt(types.length)];
        boolean detection =
            type == EvidenceType.DRONE_DETECTION || type == EvidenceType.SENSOR_DETECTION;
        line.setLength(0);
        // 32–39.5° E, 46.5–51° N: from Kherson to Chernihiv, the formerly contested oblasts.
        line.append(
            String.format(
                Locale.ROOT,
                "%.6f,%.6f,",
                32 + random.nextDouble() * 7.5,
                46.5 + random.nextDouble() * 4.5));
        line.append(type.name()).append(',');
        line.append(first.plusDays(random.nextInt(1300))).append(',');
        String from = SOURCES[random.nextInt(SOURCES.length)];
        line.append(source == null ? from : source).append(',');
        line.append(String.format(Locale.ROOT, "%.2f", 0.3 + random.nextDouble() * 0.7))
            .append(',');
        if (detection) {
          line.append(DETECTORS[random.nextInt(DETECTORS.length)]).append(',');
          line.append(String.format(Locale.ROOT, "%.2f", random.nextDouble())).append(',');
        } else {
          line.append(",,");
        }
        line.append(type == EvidenceType.ACCIDENT ? random.nextInt(4) : 0).append('\n');
        w.append(line);
      }
    }
  }
}
