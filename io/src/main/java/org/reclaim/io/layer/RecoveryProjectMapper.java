package org.reclaim.io.layer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.context.RecoveryProject;
import org.reclaim.io.Layer;

/** Recovery projects waiting on land release: site geometry, sector, status and budget in US$. */
final class RecoveryProjectMapper extends LayerMapper<RecoveryProject> {
  private static final EnumLookup<RecoveryProject.Status> STATUSES =
      EnumLookup.of(RecoveryProject.Status.class);

  RecoveryProjectMapper() {
    super(
        Layer.RECOVERY_PROJECTS,
        GeometryRule.ANY,
        List.of("name", "sector", "status", "budget_usd", "planned_start"),
        Set.of("name", "sector", "status", "budget_usd"));
  }

  @Override
  public @Nullable RecoveryProject map(
      FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    String name = f.requiredText("name");
    String sector = f.requiredText("sector");
    RecoveryProject.Status status = f.requiredEnum("status", STATUSES);
    double budgetUsd = f.requiredDouble("budget_usd");
    LocalDate plannedStart = f.optionalDate("planned_start");
    if (f.failed()) {
      return null;
    }
    return new RecoveryProject(
        ids.getAsLong(), name, sector, status, budgetUsd, plannedStart, geometry);
  }
}
