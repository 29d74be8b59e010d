package org.reclaim.io.layer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.io.Layer;

/**
 * Links between stored evidence and stored hazardous areas, by their identifiers; no geometry. The
 * relation defaults to {@code SUPPORTS}. The same pair twice in a file is an error.
 */
final class EvidenceLinkMapper extends LayerMapper<EvidenceLink> {
  private static final EnumLookup<EvidenceLink.Relation> RELATIONS =
      EnumLookup.of(EvidenceLink.Relation.class);

  private final Map<String, Integer> pairs = new HashMap<>();

  EvidenceLinkMapper() {
    super(
        Layer.EVIDENCE_LINKS,
        GeometryRule.NONE,
        List.of("evidence_id", "hazardous_area_id", "relation"),
        Set.of("evidence_id", "hazardous_area_id"));
  }

  @Override
  public @Nullable EvidenceLink map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    long evidenceId = f.requiredId("evidence_id");
    long areaId = f.requiredId("hazardous_area_id");
    EvidenceLink.Relation relation =
        f.optionalEnum("relation", RELATIONS, EvidenceLink.Relation.SUPPORTS);
    if (f.failed()) {
      return null;
    }
    Integer first = pairs.putIfAbsent(evidenceId + ":" + areaId, f.record());
    if (first != null) {
      f.issue(
          "evidence_id",
          "duplicate link of evidence "
              + evidenceId
              + " to area "
              + areaId
              + ": same as "
              + f.recordWord()
              + " "
              + first);
      return null;
    }
    return new EvidenceLink(evidenceId, areaId, relation);
  }
}
