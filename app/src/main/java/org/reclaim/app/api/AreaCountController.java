package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.reclaim.app.register.FeatureService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hazardous areas counted by region and status: what the map draws instead of the areas when a view
 * holds more than it can send (a national view of 200,000 areas), rolled up to oblasts in the
 * browser through the regions' parents. One grouped query; the answer has one row per region and
 * status, whatever the number of areas.
 */
@RestController
@Tag(name = "Features", description = "Records of the register as GeoJSON features")
class AreaCountController {
  private final FeatureService features;

  AreaCountController(FeatureService features) {
    this.features = features;
  }

  /**
   * Areas of one region in one status.
   *
   * @param regionId the area's region ({@code null} for areas without one)
   * @param areaM2 their summed size, m²
   */
  record RegionCount(Long regionId, String status, long areas, double areaM2) {}

  @Operation(summary = "Hazardous areas counted by region and status, with their summed m²")
  @GetMapping("/api/v1/hazardous-areas/counts")
  List<RegionCount> counts() {
    return features.countAreasByRegionAndStatus().stream()
        .map(c -> new RegionCount(c.regionId(), c.status(), c.areas(), c.areaM2()))
        .toList();
  }
}
