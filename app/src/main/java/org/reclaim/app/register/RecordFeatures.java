package org.reclaim.app.register;

import java.util.List;
import java.util.function.UnaryOperator;
import org.reclaim.io.geojson.Feature;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Versioned;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.stereotype.Component;

/**
 * Any stored record as a GeoJSON feature, the way the register's layers are served: its table
 * columns as properties (the import formats' names), its version, its geometry column as geometry.
 * The API answers with these for the records the services return (completion reports, QA/QC,
 * handovers, funding), so that every record reads the same.
 *
 * <p>Thread safe (stateless over the store's table mappings).
 */
@Component
public final class RecordFeatures {
  private final ReclaimStore store;

  public RecordFeatures(ReclaimStore store) {
    this.store = store;
  }

  /** One stored record as a feature. */
  @SuppressWarnings("unchecked")
  public <T> Feature of(Versioned<T> record) {
    TableMapping<T> mapping =
        (TableMapping<T>) (TableMapping<?>) store.mappingOf(record.value().getClass());
    return FeatureService.feature(mapping, record, UnaryOperator.identity());
  }

  /** Stored records as features, in the given order. */
  public List<Feature> of(List<? extends Versioned<?>> records) {
    return records.stream().map(r -> of(r)).toList();
  }
}
