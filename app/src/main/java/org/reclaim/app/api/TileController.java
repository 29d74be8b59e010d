package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Vector tiles of the large layers for web maps ({@link VectorTiles}). */
@RestController
@Tag(name = "Map")
class TileController {
  static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");
  private final VectorTiles tiles;

  TileController(VectorTiles tiles) {
    this.tiles = tiles;
  }

  @Operation(
      summary =
          "A Mapbox Vector Tile (z/x/y, Web Mercator) of hazardous-areas (from zoom 6), evidence"
              + " (from 11) or parcels (from 10): the records in it, generalised for the zoom,"
              + " with id and a few properties (hazardous areas: status, region_id, and rank in the"
              + " ranking run given as run=); empty below the layer's zoom. ETag = the layer's"
              + " version (its newest change); X-Reclaim-Features, X-Reclaim-Truncated (more than 20,000)")
  @GetMapping(value = "/api/v1/tiles/{layer}/{z}/{x}/{y}.mvt")
  ResponseEntity<byte[]> tile(
      @PathVariable @Parameter(example = "hazardous-areas") String layer,
      @PathVariable int z,
      @PathVariable int x,
      @PathVariable int y,
      @RequestParam(required = false)
          @Parameter(description = "a ranking run: each hazardous area carries its rank in it")
          Long run,
      @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
    VectorTiles.Tile t = tiles.tile(layer, z, x, y, run);
    String etag = "\"" + t.version() + (run == null ? "" : "-" + run) + "\"";
    // private: a tile shows what the signed-in caller may read; revalidated, because the register
    // changes
    CacheControl cache = CacheControl.maxAge(0, TimeUnit.SECONDS).cachePrivate().mustRevalidate();
    if (etag.equals(ifNoneMatch)) {
      return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
    }
    return ResponseEntity.ok()
        .contentType(MVT)
        .eTag(etag)
        .cacheControl(cache)
        .header("X-Reclaim-Features", String.valueOf(t.features()))
        .header("X-Reclaim-Truncated", String.valueOf(t.truncated()))
        .body(t.bytes());
  }
}
