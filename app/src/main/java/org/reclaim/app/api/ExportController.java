package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reclaim.app.register.LayerExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of any layer as CSV, GeoJSON or GeoPackage, in the import formats' field names. */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports", description = "Layers as CSV, GeoJSON, GeoPackage")
class ExportController {
  private final LayerExport export;

  ExportController(LayerExport export) {
    this.export = export;
  }

  @Operation(summary = "Export a layer: format=csv, geojson, gpkg, kml or kmz")
  @GetMapping("/{layer}")
  ResponseEntity<byte[]> export(
      @PathVariable String layer, @RequestParam(defaultValue = "geojson") String format) {
    LayerExport.Format f;
    try {
      f = LayerExport.Format.of(format);
    } catch (IllegalArgumentException e) {
      throw new RequestFieldException(
          "format", "must be csv, geojson, gpkg, kml or kmz, was " + format);
    }
    if (!export.layerNames().contains(layer)) {
      throw new UnknownLayerException(
          layer + " is not a layer to export; one of " + export.layerNames());
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + layer + "." + f.extension() + "\"")
        .body(export.bytes(layer, f));
  }
}
