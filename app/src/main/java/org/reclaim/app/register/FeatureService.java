package org.reclaim.app.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.app.prioritise.PrioritisationService;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;
import org.reclaim.io.geojson.Feature;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Versioned;
import org.reclaim.store.hazard.HazardousAreaRepository;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.stereotype.Service;

/**
 * The register's records one by one, as features: list a layer (bounding box, equal-value filters,
 * paging), get, create, replace and delete a record. A record's properties are its table columns
 * (the import formats' names) and its {@code version}; its geometry the table's geometry column.
 * Creating and replacing go through the same checks as an import ({@link ImportService}); a new or
 * changed evidence report also moves the live ranking, and the answer says how.
 *
 * <p>Thread safe: state lives in the store.
 */
@Service
public final class FeatureService {
  private final ReclaimStore store;
  private final LayerCatalog catalog;
  private final ImportService imports;
  private final PrioritisationService prioritisation;

  public FeatureService(
      ReclaimStore store,
      LayerCatalog catalog,
      ImportService imports,
      PrioritisationService prioritisation) {
    this.store = store;
    this.catalog = catalog;
    this.imports = imports;
    this.prioritisation = prioritisation;
  }

  /**
   * A page of features.
   *
   * @param features the page, in id order
   * @param matched how many records pass the filter in all
   */
  public record Page(List<Feature> features, long matched) {}

  /**
   * One record as a feature.
   *
   * @param version its optimistic version (the ETag)
   * @param ranking for an evidence report just written: how the live ranking moved; else empty
   */
  public record Stored(
      Feature feature, long version, Optional<PrioritisationService.LiveUpdate> ranking) {}

  /** Whether records of {@code layer} are served one by one (evidence links are not). */
  public boolean isAddressable(Layer layer) {
    return catalog.isAddressable(layer);
  }

  /** The properties of {@code layer} a list may filter on by equal value. */
  public Set<String> filterableProperties(Layer layer) {
    Set<String> out = new TreeSet<>();
    for (Column<?> c : catalog.repository(layer).mapping().columns()) {
      if (c.type() != Column.ColumnType.GEOMETRY) {
        out.add(c.name());
      }
    }
    return out;
  }

  /**
   * A page of {@code layer}'s records.
   *
   * @param box lon/lat envelope the geometry must intersect, or {@code null}
   * @param equal property → value it must equal (names from {@link #filterableProperties})
   * @param drawn applied to each geometry before it is returned (map generalisation)
   */
  public Page list(
      Layer layer,
      @Nullable Envelope box,
      Map<String, String> equal,
      long offset,
      int limit,
      UnaryOperator<Geometry> drawn) {
    return page(catalog.repository(layer), box, equal, offset, limit, drawn);
  }

  /**
   * Up to {@code limit} records of {@code layer} intersecting {@code box} whose columns hold the
   * values in {@code equal}, without counting how many there are in all (a map tile asks for one
   * more than it holds to know it is full).
   */
  public List<Feature> inBox(
      Layer layer,
      Envelope box,
      Map<String, String> equal,
      int limit,
      UnaryOperator<Geometry> drawn) {
    return inBox(catalog.repository(layer), box, equal, limit, drawn);
  }

  /**
   * Every record of {@code layer} as a feature (stored geometry, every column), in id order, read
   * from the store a page at a time.
   */
  public void forEach(Layer layer, java.util.function.Consumer<Feature> each) {
    forEach(catalog.repository(layer), each);
  }

  private static <T> void forEach(
      JdbcRepository<T> repo, java.util.function.Consumer<Feature> each) {
    repo.forEach(10_000, v -> each.accept(feature(repo.mapping(), v, UnaryOperator.identity())));
  }

  /** What the audit log calls a record of {@code layer} ({@link AuditTrail#versionOf}). */
  public String entity(Layer layer) {
    return catalog.repository(layer).mapping().entity();
  }

  /** How many records {@code layer} holds. */
  public long count(Layer layer) {
    return catalog.repository(layer).count();
  }

  /** The lon/lat envelope of every record of {@code layer}; empty when it holds none. */
  public java.util.Optional<Envelope> extent(Layer layer) {
    return catalog.repository(layer).extent();
  }

  private <T> List<Feature> inBox(
      JdbcRepository<T> repo,
      Envelope box,
      Map<String, String> equal,
      int limit,
      UnaryOperator<Geometry> drawn) {
    return repo.list(new JdbcRepository.Filter(equal, box), 0, limit).stream()
        .map(v -> feature(repo.mapping(), v, drawn))
        .toList();
  }

  private <T> Page page(
      JdbcRepository<T> repo,
      @Nullable Envelope box,
      Map<String, String> equal,
      long offset,
      int limit,
      UnaryOperator<Geometry> drawn) {
    JdbcRepository.Filter filter = new JdbcRepository.Filter(equal, box);
    List<Versioned<T>> records = repo.list(filter, offset, limit);
    // A page that is not full (and not past the end) holds the last record: no count needed.
    long matched =
        records.size() < limit && (offset == 0 || !records.isEmpty())
            ? offset + records.size()
            : repo.count(filter);
    return new Page(records.stream().map(v -> feature(repo.mapping(), v, drawn)).toList(), matched);
  }

  /** One record; throws {@link org.reclaim.store.NotFoundException} if absent. */
  public Stored get(Layer layer, long id) {
    return stored(catalog.repository(layer), id, Optional.empty());
  }

  /**
   * Creates a record of {@code layer} from a GeoJSON Feature, checked as an import is.
   *
   * @throws RecordsRejectedException naming every field at fault
   */
  public Stored create(Layer layer, byte[] featureJson, String actor) {
    long id = imports.allocateId(layer);
    Object record = parse(layer, featureJson, id, false);
    store.inTransaction(
        () -> {
          insert(catalog.repository(layer), record, actor);
          catalog.putPersonalData(record, actor);
        });
    return stored(catalog.repository(layer), id, ranking(record));
  }

  /**
   * Replaces a record if {@code expectedVersion} is still its version; refuses a status change the
   * record's life cycle does not allow.
   *
   * @throws RecordsRejectedException naming every field at fault
   * @throws org.reclaim.store.StaleVersionException when someone changed it meanwhile
   */
  public Stored update(
      Layer layer, long id, long expectedVersion, byte[] featureJson, String actor) {
    catalog.repository(layer).getById(id);
    Object record = parse(layer, featureJson, id, true);
    store.inTransaction(
        () -> {
          imports.update(layer, record, expectedVersion, actor);
          catalog.putPersonalData(record, actor);
        });
    return stored(catalog.repository(layer), id, ranking(record));
  }

  /** Deletes a record if {@code expectedVersion} is still its version. */
  public void delete(Layer layer, long id, long expectedVersion, String actor) {
    catalog.repository(layer).delete(id, expectedVersion, actor);
  }

  /** The hazardous areas counted by region and status, with their summed m²: one grouped query. */
  public List<HazardousAreaRepository.RegionCount> countAreasByRegionAndStatus() {
    return store.hazardousAreas().countByRegionAndStatus();
  }

  private Object parse(Layer layer, byte[] feature, long id, boolean replacing) {
    ImportResult<?> result = imports.readFeature(layer, feature, id, replacing);
    if (!result.report().ok()) {
      throw new RecordsRejectedException(result.report());
    }
    return result.records().get(0);
  }

  private Optional<PrioritisationService.LiveUpdate> ranking(Object record) {
    return record instanceof Evidence evidence
        ? prioritisation.evidenceChanged(evidence)
        : Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static <T> void insert(JdbcRepository<T> repo, Object record, String actor) {
    repo.insert((T) record, actor);
  }

  private static <T> Stored stored(
      JdbcRepository<T> repo, long id, Optional<PrioritisationService.LiveUpdate> ranking) {
    Versioned<T> v = repo.getById(id);
    return new Stored(feature(repo.mapping(), v, UnaryOperator.identity()), v.version(), ranking);
  }

  /** A stored record as a feature: its columns as properties, then its version. */
  static <T> Feature feature(
      TableMapping<T> mapping, Versioned<T> v, UnaryOperator<Geometry> drawn) {
    T r = v.value();
    Map<String, Object> properties = new LinkedHashMap<>();
    Geometry geometry = null;
    for (Column<T> c : mapping.columns()) {
      Object value = c.getter().apply(r);
      if (c.type() == Column.ColumnType.GEOMETRY) {
        geometry = (Geometry) value;
      } else {
        properties.put(c.name(), value);
      }
    }
    properties.put("version", v.version());
    return new Feature(
        mapping.id().applyAsLong(r), properties, geometry == null ? null : drawn.apply(geometry));
  }
}
