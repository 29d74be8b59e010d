package org.reclaim.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Settings the map page reads at start: an optional basemap tile URL. Reclaim works without one —
 * the map's default basemap is the register's oblast outlines, so nothing is fetched from outside
 * (field offices often have no internet). Set {@code reclaim.map.basemap-url} (e.g. a tile server
 * on the office network, {@code http://tiles.local/{z}/{x}/{y}.png}) and {@code
 * reclaim.map.basemap-attribution} to draw tiles under the outlines.
 */
@RestController
@RequestMapping("/api/v1/map")
@Tag(name = "Web app", description = "User-interface strings by language")
class MapSettingsController {
  private final MapSettings settings;

  MapSettingsController(
      @Value("${reclaim.map.basemap-url:}") String basemapUrl,
      @Value("${reclaim.map.basemap-attribution:}") String basemapAttribution) {
    this.settings =
        new MapSettings(
            basemapUrl.isBlank() ? null : basemapUrl.strip(),
            basemapAttribution.isBlank() ? null : basemapAttribution.strip());
  }

  /**
   * The map's settings.
   *
   * @param basemapUrl Leaflet tile URL template ({@code {z}/{x}/{y}}), or {@code null}: outlines
   * @param basemapAttribution text shown with the tiles, or {@code null}
   */
  record MapSettings(String basemapUrl, String basemapAttribution) {}

  @Operation(summary = "Map settings: the optional basemap tile URL and its attribution")
  @GetMapping("/settings")
  MapSettings settings() {
    return settings;
  }
}
