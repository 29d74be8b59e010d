package org.reclaim.io.layer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceClass;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.io.Layer;

/**
 * Evidence: dated, located observations, usually points. The hot path of large imports (a million
 * rows), so it reads each field once and shares the few distinct source and detector names between
 * records instead of keeping a copy per row.
 *
 * <p>{@code evidence_class} defaults to {@link EvidenceType#classify(Double)}. Two records are
 * duplicates only when type, date and location all agree: several observations at one place are
 * normal.
 */
final class EvidenceMapper extends LayerMapper<Evidence> {
  private static final EnumLookup<EvidenceType> TYPES = EnumLookup.of(EvidenceType.class);
  private static final EnumLookup<EvidenceClass> CLASSES = EnumLookup.of(EvidenceClass.class);
  private static final int POOL_LIMIT = 10_000;

  private final Map<String, String> pool = new HashMap<>();

  EvidenceMapper() {
    super(
        Layer.EVIDENCE,
        GeometryRule.ANY,
        List.of(
            "type",
            "evidence_class",
            "observed_on",
            "source",
            "reliability",
            "detector_type",
            "confidence",
            "casualties"),
        Set.of("type", "observed_on", "source", "reliability"));
  }

  @Override
  public @Nullable Evidence map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    EvidenceType type = f.requiredEnum("type", TYPES);
    EvidenceClass evidenceClass = f.optionalEnum("evidence_class", CLASSES, null);
    LocalDate observedOn = f.requiredDate("observed_on");
    String source = shared(f.requiredText("source"));
    double reliability = f.requiredDouble("reliability");
    String detectorType = shared(f.text("detector_type"));
    Double confidence = f.optionalDouble("confidence");
    int casualties = f.optionalInt("casualties", 0);
    if (f.failed()) {
      return null;
    }
    return new Evidence(
        ids.getAsLong(),
        type,
        evidenceClass != null ? evidenceClass : type.classify(confidence),
        observedOn,
        geometry,
        source,
        reliability,
        detectorType,
        confidence,
        casualties);
  }

  private @Nullable String shared(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String known = pool.get(value);
    if (known != null) {
      return known;
    }
    if (pool.size() < POOL_LIMIT) {
      pool.put(value, value);
    }
    return value;
  }

  @Override
  public long duplicateKey(Evidence record) {
    return record.type().ordinal() * 1_000_003L + record.observedOn().toEpochDay();
  }

  @Override
  public String duplicateReason(int first, String recordWord) {
    return "duplicate evidence: same type, date and location as " + recordWord + " " + first;
  }
}
