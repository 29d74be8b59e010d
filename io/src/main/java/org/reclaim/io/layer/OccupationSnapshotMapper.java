package org.reclaim.io.layer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.context.OccupationSnapshot;
import org.reclaim.io.Layer;

/**
 * The occupied territory on a date: {@code valid_on} and {@code source} required, a polygon or
 * multipolygon. A front-line map's snapshot (one FeatureCollection per date) imports as one record.
 */
final class OccupationSnapshotMapper extends LayerMapper<OccupationSnapshot> {
  OccupationSnapshotMapper() {
    super(
        Layer.OCCUPATION_SNAPSHOTS,
        GeometryRule.POLYGONAL,
        List.of("valid_on", "source"),
        Set.of("valid_on", "source"));
  }

  /** A front-line map's polygons are generalised: long edges are expected, not typing errors. */
  @Override
  public boolean checksVertexSpacing() {
    return false;
  }

  /** Two snapshots of one date may draw the same territory; a date is no duplicate. */
  @Override
  public boolean checksDuplicates() {
    return false;
  }

  @Override
  public @Nullable OccupationSnapshot map(
      FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    LocalDate validOn = f.requiredDate("valid_on");
    String source = f.requiredText("source");
    if (f.failed()) {
      return null;
    }
    return new OccupationSnapshot(ids.getAsLong(), validOn, source, geometry);
  }
}
