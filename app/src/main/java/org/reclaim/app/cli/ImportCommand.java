package org.reclaim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reclaim.app.register.ImportService;
import org.reclaim.app.wiring.RegisterContext;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.Layer;
import org.reclaim.io.odk.OdkFormMapping;
import org.reclaim.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reclaim import <layer> <file>}: all-or-nothing import of a GeoJSON or CSV file. Prints the
 * import report; exits 0 when every record was stored, 1 when nothing was (the report says why).
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import a GeoJSON, CSV, GeoPackage, KML/KMZ or ODK Collect / KoboToolbox file into a"
            + " layer, all or nothing.")
final class ImportCommand implements Callable<Integer> {
  @Mixin DatabaseOption database = new DatabaseOption();

  @Parameters(
      index = "0",
      paramLabel = "LAYER",
      completionCandidates = LayerNames.class,
      description = "The layer, one of: ${COMPLETION-CANDIDATES} (columns: io/README.md).")
  String layer;

  @Parameters(
      index = "1",
      paramLabel = "FILE",
      description =
          "A .geojson/.json, .csv, .gpkg, .kml or .kmz file; the format is told by the extension"
              + " unless --format says.")
  Path file;

  @Option(
      names = "--format",
      description =
          "The file's format when its extension does not tell: csv, geojson, kml, kmz, or odk-csv"
              + " / odk-json for an ODK Collect or KoboToolbox form export (evidence,"
              + " hazardous-areas).")
  String format;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "For an ODK/Kobo export: the form-to-register field mapping (a properties file; default:"
              + " the sample NTS form's, docs/examples/nts-form.md).")
  Path mapping;

  @Option(
      names = "--crs",
      description =
          "CRS of the coordinates when the file does not declare"
              + " one, e.g. EPSG:3857 (default: WGS84 lon/lat).")
  String crs;

  @Option(
      names = "--user",
      defaultValue = "${sys:user.name}",
      description = "Who is importing, for the audit log (default: the system user).")
  String user;

  @Override
  public Integer call() {
    Layer l;
    try {
      l = Layer.fromCliName(layer);
    } catch (IllegalArgumentException e) {
      System.err.println("reclaim import: " + e.getMessage());
      return 2;
    }
    if (!Files.isRegularFile(file)) {
      System.err.println("reclaim import: no such file: " + file);
      return 2;
    }
    ImportFormat f;
    OdkFormMapping m;
    try {
      f = format == null ? null : ImportFormat.fromName(format);
      m = mapping == null ? null : OdkFormMapping.load(mapping);
    } catch (IllegalArgumentException | java.io.IOException e) {
      System.err.println("reclaim import: " + e.getMessage());
      return 2;
    }
    StoreConfig config = database.config();
    try (RegisterContext register = RegisterContext.open(config)) {
      ImportService.Outcome outcome;
      try {
        outcome = register.services().imports().importFile(l, file, f, crs, m, user);
      } catch (IllegalArgumentException e) {
        System.err.println("reclaim import: " + e.getMessage());
        return 2;
      }
      System.out.print(outcome.report().toText());
      if (outcome.stored()) {
        System.out.printf(
            "stored %,d %s records in %s (%,.0f records/s including storage)%n",
            outcome.report().recordsRead(), l.cliName(), config, outcome.recordsPerSecond());
        return 0;
      }
      return 1;
    }
  }
}
