package org.reclaim.store.tables;

import static org.reclaim.store.jdbc.Column.ColumnType.DATE;
import static org.reclaim.store.jdbc.Column.ColumnType.DOUBLE;
import static org.reclaim.store.jdbc.Column.ColumnType.GEOMETRY;
import static org.reclaim.store.jdbc.Column.ColumnType.LONG;
import static org.reclaim.store.jdbc.Column.ColumnType.TEXT;

import java.util.List;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.operator.Accreditation;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.operator.Operator;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.ProductivityTable;
import org.reclaim.domain.team.Team;
import org.reclaim.domain.team.TeamType;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.TableMapping;

/** Table mappings of resources: operators, accreditations, teams. */
public final class ResourceTables {
  private ResourceTables() {}

  public static final TableMapping<Operator> OPERATOR =
      new TableMapping<>(
          "Operator",
          "operator",
          Operator::id,
          List.of(
              Column.of("name", TEXT, Operator::name),
              Column.of("kind", TEXT, Operator::kind),
              Column.of("country", TEXT, Operator::country)),
          null,
          r ->
              new Operator(
                  r.getLong("id"),
                  r.getText("name"),
                  r.getEnum(Operator.Kind.class, "kind"),
                  r.getText("country")));

  public static final TableMapping<Accreditation> ACCREDITATION =
      new TableMapping<>(
          "Accreditation",
          "accreditation",
          Accreditation::id,
          List.of(
              Column.of("operator_id", LONG, Accreditation::operatorId),
              Column.of("activity", TEXT, Accreditation::activity),
              Column.of("region_ids", TEXT, a -> Codes.join(a.regionIds())),
              Column.of("valid_from", DATE, Accreditation::validFrom),
              Column.of("valid_to", DATE, Accreditation::validTo)),
          null,
          r ->
              new Accreditation(
                  r.getLong("id"),
                  r.getLong("operator_id"),
                  r.getEnum(Activity.class, "activity"),
                  Codes.longs(r.getText("region_ids")),
                  r.getDate("valid_from"),
                  r.getDate("valid_to")));

  public static final TableMapping<Team> TEAM =
      new TableMapping<>(
          "Team",
          "team",
          Team::id,
          List.of(
              Column.of("operator_id", LONG, Team::operatorId),
              Column.of("name", TEXT, Team::name),
              Column.of("type", TEXT, Team::type),
              Column.of("productivity", TEXT, t -> t.productivity().toText()),
              Column.of("day_rate_usd", DOUBLE, Team::dayRateUsd),
              Column.of("availability", TEXT, t -> DateRange.toText(t.availability())),
              Column.of("geom", GEOMETRY, Team::base)),
          "geom",
          r ->
              new Team(
                  r.getLong("id"),
                  r.getLong("operator_id"),
                  r.getText("name"),
                  r.getEnum(TeamType.class, "type"),
                  (Point) r.getGeometry("geom"),
                  ProductivityTable.parse(r.getText("productivity")),
                  r.getDouble("day_rate_usd"),
                  DateRange.parseList(r.getText("availability"))));
}
