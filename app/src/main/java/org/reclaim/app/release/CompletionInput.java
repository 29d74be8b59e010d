package org.reclaim.app.release;

import java.time.LocalDate;
import java.util.List;
import org.reclaim.domain.release.ItemFound;
import tools.jackson.databind.JsonNode;

/**
 * A completion report as a team sends it ({@code POST /api/v1/tasks/{id}/completion-report}). The
 * task, area and team come from the task itself.
 *
 * @param startedOn first day of work
 * @param completedOn last day of work
 * @param cancelledM2 m² cancelled (NTS)
 * @param reducedM2 m² reduced (TS)
 * @param clearedM2 m² cleared
 * @param residualRiskM2 m² left as recorded residual risk; absent = 0
 * @param clearanceDepthCm depth cleared to, cm; required when land is cleared
 * @param items items found by type and depth; absent = none
 * @param releasedGeometry GeoJSON geometry of the released part, or {@code null}
 */
public record CompletionInput(
    LocalDate startedOn,
    LocalDate completedOn,
    double cancelledM2,
    double reducedM2,
    double clearedM2,
    Double residualRiskM2,
    Integer clearanceDepthCm,
    List<ItemFound> items,
    JsonNode releasedGeometry) {}
