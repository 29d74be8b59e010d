package org.reclaim.io.layer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.geometry.GeometryProblem;
import org.reclaim.io.Layer;

/**
 * Maps the fields of one record of a layer to its domain record; one subclass per layer, shared by
 * every file format. Format readers extract the geometry (already in WGS84 and checked) and hand
 * the other values over as {@link RecordFields}.
 *
 * <p>A mapper reads every field through the {@link FieldParser} (which reports bad values), then
 * builds the record only if {@link FieldParser#failed()} is false. A {@link
 * org.reclaim.domain.DomainException} from the record's constructor is reported by the caller
 * against {@link #fieldFor(String)} of the exception's field.
 *
 * <p>Not thread safe: mappers with per-file state (unique codes) are made anew for each import by
 * {@link LayerMappers#forLayer(Layer)}.
 *
 * @param <T> the domain record type
 */
public abstract class LayerMapper<T> {
  /** Domain field names that stand for the record's geometry in files. */
  private static final Set<String> GEOMETRY_FIELDS =
      Set.of("geometry", "location", "base", "boundary");

  private final Layer layer;
  private final GeometryRule geometryRule;
  private final List<String> columns;
  private final Set<String> requiredColumns;

  /**
   * @param layer the layer mapped
   * @param geometryRule the geometry each record carries
   * @param columns every non-geometry column or property the layer reads, snake_case
   * @param requiredColumns those that every record must have
   */
  protected LayerMapper(
      Layer layer, GeometryRule geometryRule, List<String> columns, Set<String> requiredColumns) {
    this.layer = layer;
    this.geometryRule = geometryRule;
    this.columns = List.copyOf(columns);
    this.requiredColumns = Set.copyOf(requiredColumns);
  }

  /** The layer mapped. */
  public final Layer layer() {
    return layer;
  }

  /** The geometry each record carries. */
  public final GeometryRule geometryRule() {
    return geometryRule;
  }

  /** Every non-geometry column or property the layer reads, snake_case. */
  public final List<String> columns() {
    return columns;
  }

  /** Columns every record must have; a CSV header without one is rejected at once. */
  public final Set<String> requiredColumns() {
    return requiredColumns;
  }

  /**
   * Maps one record.
   *
   * @param fields typed access to the record's values; reports every bad value
   * @param geometry the record's geometry in WGS84, checked; {@code null} when the layer has none
   *     or the geometry had problems (then {@code fields.failed()} is already true)
   * @param ids the source of identifiers for new records
   * @return the record, or {@code null} when {@code fields.failed()}
   * @throws org.reclaim.domain.DomainException when the record's constructor refuses the values
   */
  public abstract @Nullable T map(
      FieldParser fields, @Nullable Geometry geometry, LongSupplier ids);

  /**
   * Whether two records of a file with the same geometry are an error. True by default; layers
   * where records may share a place (team bases) return false.
   */
  public boolean checksDuplicates() {
    return true;
  }

  /**
   * Whether the vertex spacing rule ({@link GeometryProblem.Kind#VERTEX_SPACING}) applies. True by
   * default: a spike hundreds of kilometres long is a typing error in surveyed polygons. Regions
   * return false: published administrative boundaries are often generalised, with long edges.
   */
  public boolean checksVertexSpacing() {
    return true;
  }

  /**
   * Extra key mixed into the duplicate check besides the geometry: records are duplicates only if
   * geometry and this key agree. 0 (the default) means the geometry alone decides.
   */
  public long duplicateKey(T record) {
    return 0;
  }

  /** The reason reported for a duplicate of record {@code first}. */
  public String duplicateReason(int first, String recordWord) {
    return "duplicate geometry: same as " + recordWord + " " + first;
  }

  /**
   * The file field that a domain field comes from: {@code regionIds} is {@code region_ids}; the
   * geometry, whatever the domain calls it ({@code location}, {@code base}, {@code boundary}), is
   * {@code geometry}.
   */
  public String fieldFor(String domainField) {
    if (GEOMETRY_FIELDS.contains(domainField)) {
      return "geometry";
    }
    String alias = fieldAliases().get(domainField);
    return alias != null ? alias : snakeCase(domainField);
  }

  /** Domain fields whose file name is not their snake_case form; none by default. */
  protected Map<String, String> fieldAliases() {
    return Map.of();
  }

  /** {@code valueUsdPerHa} becomes {@code value_usd_per_ha}; {@code areaM2} becomes area_m2. */
  static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        out.append('_');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }
}
