package org.reclaim.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reclaim.app.register.LayerExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reclaim report export <layer> --format csv|geojson|gpkg|kml|kmz --out FILE}: any layer of
 * the register as a file that {@code reclaim import} reads back.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export a layer as CSV, GeoJSON, GeoPackage or KML/KMZ (Google Earth).")
final class ExportCommand implements Callable<Integer> {
  @Mixin DatabaseOption db = new DatabaseOption();

  @Parameters(index = "0", paramLabel = "LAYER", description = "e.g. hazardous-areas, handovers.")
  String layer;

  @Option(
      names = "--format",
      defaultValue = "geojson",
      description = "csv, geojson, gpkg, kml or kmz.")
  String format;

  @Option(names = "--out", required = true, description = "The file to write.")
  Path out;

  @Override
  public Integer call() {
    return RegisterCall.run(
        "report export",
        null,
        db,
        s -> {
          try {
            LayerExport export = s.exports();
            export.write(layer, LayerExport.Format.of(format), out);
            System.out.printf(
                "wrote %,d %s records to %s%n", export.table(layer).rows().size(), layer, out);
            return 0;
          } catch (IllegalArgumentException e) {
            System.err.println("reclaim report export: " + e.getMessage());
            return 2;
          }
        });
  }
}
