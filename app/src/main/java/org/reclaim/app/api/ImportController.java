package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import org.reclaim.app.register.ImportService;
import org.reclaim.app.register.RecordsRejectedException;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.Layer;
import org.reclaim.io.odk.OdkFormMapping;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * File imports over HTTP, with the same all-or-nothing rules and report as {@code reclaim import}:
 * 201 with the report when every record was stored, 422 with a problem document listing every issue
 * (record number, field, reason) when nothing was.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(
    name = "Imports",
    description =
        "All-or-nothing import of GeoJSON, CSV, GeoPackage, KML/KMZ and ODK/Kobo form files")
class ImportController {
  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  @Operation(
      summary =
          "Import a file (multipart field 'file') into a layer: GeoJSON, CSV, KML/KMZ by its"
              + " extension, or format=odk-csv|odk-json for an ODK Collect / KoboToolbox export"
              + " (field mapping: the optional multipart field 'mapping', a properties file)")
  @PostMapping(value = "/{layer}", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ImportView> upload(
      @PathVariable String layer,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String crs,
      @RequestPart(value = "mapping", required = false) MultipartFile mapping,
      Principal user)
      throws IOException {
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    ImportFormat f =
        format == null ? ImportFormat.fromFileName(name) : ImportFormat.fromName(format);
    OdkFormMapping m = mapping == null ? null : mapping(mapping);
    try (InputStream in = file.getInputStream()) {
      return respond(imports.importStream(layerOf(layer), in, f, name, crs, m, user.getName()));
    }
  }

  /** An ODK/Kobo field mapping sent as a properties file; a bad one is a 400 naming it. */
  private static OdkFormMapping mapping(MultipartFile part) throws IOException {
    java.nio.file.Path tmp = java.nio.file.Files.createTempFile("reclaim-mapping-", ".properties");
    try {
      part.transferTo(tmp);
      return OdkFormMapping.load(tmp);
    } catch (IllegalArgumentException e) {
      throw new RequestFieldException("mapping", e.getMessage());
    } finally {
      java.nio.file.Files.deleteIfExists(tmp);
    }
  }

  /** The layer named in a path; an unknown name is a 404 problem listing the valid names. */
  static Layer layerOf(String layer) {
    try {
      return Layer.fromCliName(layer);
    } catch (IllegalArgumentException e) {
      throw new UnknownLayerException(e.getMessage());
    }
  }

  /**
   * A stored import.
   *
   * @param layer the layer's CLI name
   * @param recordsRead records read and stored
   * @param stored always {@code true} (a refused import is a 422 problem document)
   * @param recordsPerSecond records read, checked and stored per second of wall time
   * @param ignoredFields columns or properties the layer does not use, named so a misspelling shows
   */
  record ImportView(
      String layer,
      String fileName,
      long recordsRead,
      boolean stored,
      long recordsPerSecond,
      List<String> ignoredFields) {}

  private static ResponseEntity<ImportView> respond(ImportService.Outcome outcome) {
    if (!outcome.stored()) {
      throw new RecordsRejectedException(outcome.report());
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new ImportView(
                outcome.report().layer().cliName(),
                outcome.report().fileName(),
                outcome.report().recordsRead(),
                true,
                Math.round(outcome.recordsPerSecond()),
                List.copyOf(outcome.report().ignoredFields())));
  }
}
