package org.reclaim.io.layer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;
import org.reclaim.io.Layer;

/**
 * Teams of stored operators: base point, type, day rate in US$, productivity in the {@link
 * ProductivityTable#toText()} form, and availability as ISO 8601 intervals {@code from/to}
 * separated by {@code ;} (empty means always available). Teams may share a base, so duplicate bases
 * are allowed.
 */
final class TeamMapper extends LayerMapper<Team> {
  private static final EnumLookup<TeamType> TYPES = EnumLookup.of(TeamType.class);

  TeamMapper() {
    super(
        Layer.TEAMS,
        GeometryRule.POINT,
        List.of("operator_id", "name", "type", "day_rate_usd", "productivity", "availability"),
        Set.of("operator_id", "name", "type", "day_rate_usd", "productivity"));
  }

  @Override
  public @Nullable Team map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    long operatorId = f.requiredId("operator_id");
    String name = f.requiredText("name");
    TeamType type = f.requiredEnum("type", TYPES);
    double dayRateUsd = f.requiredDouble("day_rate_usd");
    ProductivityTable productivity = productivity(f);
    List<DateRange> availability = availability(f);
    if (f.failed()) {
      return null;
    }
    return new Team(
        ids.getAsLong(),
        operatorId,
        name,
        type,
        (Point) geometry,
        productivity,
        dayRateUsd,
        availability);
  }

  @Override
  public boolean checksDuplicates() {
    return false;
  }

  private static @Nullable ProductivityTable productivity(FieldParser f) {
    String text = f.requiredText("productivity");
    if (text == null) {
      return null;
    }
    try {
      ProductivityTable table = ProductivityTable.parse(text);
      if (table.cells().isEmpty()) {
        f.issue("productivity", "no cells: give at least one METHOD/TERRAIN/VEGETATION=m2PerDay");
        return null;
      }
      return table;
    } catch (DomainException e) {
      f.issue("productivity", e.reason());
      return null;
    }
  }

  private static List<DateRange> availability(FieldParser f) {
    List<DateRange> ranges = new ArrayList<>();
    String text = f.text("availability");
    if (text == null) {
      return ranges;
    }
    for (String item : text.split(";", -1)) {
      if (item.isBlank()) {
        continue;
      }
      String[] ends = item.strip().split("/", -1);
      LocalDate from = ends.length == 2 ? f.parseDate("availability", ends[0].strip()) : null;
      LocalDate to = ends.length == 2 ? f.parseDate("availability", ends[1].strip()) : null;
      if (ends.length != 2) {
        f.issue("availability", "'" + item.strip() + "' is not an interval yyyy-mm-dd/yyyy-mm-dd");
      } else if (from != null && to != null) {
        if (to.isBefore(from)) {
          f.issue("availability", "'" + item.strip() + "' ends before it starts");
        } else {
          ranges.add(new DateRange(from, to));
        }
      }
    }
    return ranges;
  }
}
