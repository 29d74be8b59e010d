package org.reclaim.store.tables;

import static org.reclaim.store.jdbc.Column.ColumnType.DATE;
import static org.reclaim.store.jdbc.Column.ColumnType.DOUBLE;
import static org.reclaim.store.jdbc.Column.ColumnType.INT;
import static org.reclaim.store.jdbc.Column.ColumnType.LONG;
import static org.reclaim.store.jdbc.Column.ColumnType.TEXT;

import java.util.List;
import org.reclaim.domain.funding.CostBooking;
import org.reclaim.domain.funding.Disbursement;
import org.reclaim.domain.funding.Donor;
import org.reclaim.domain.funding.Earmark;
import org.reclaim.domain.funding.Grant;
import org.reclaim.domain.funding.Pledge;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.strategy.Indicator;
import org.reclaim.domain.strategy.IndicatorTarget;
import org.reclaim.domain.strategy.Measure;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.TableMapping;

/** Table mappings of funding and strategy records ({@code V3__land_release_workflow.sql}). */
public final class FundingTables {
  private FundingTables() {}

  public static final TableMapping<Donor> DONOR =
      new TableMapping<>(
          "Donor",
          "donor",
          Donor::id,
          List.of(Column.of("name", TEXT, Donor::name), Column.of("country", TEXT, Donor::country)),
          null,
          r -> new Donor(r.getLong("id"), r.getText("name"), r.getText("country")));

  public static final TableMapping<Pledge> PLEDGE =
      new TableMapping<>(
          "Pledge",
          "pledge",
          Pledge::id,
          List.of(
              Column.of("donor_id", LONG, Pledge::donorId),
              Column.of("pledged_on", DATE, Pledge::pledgedOn),
              Column.of("amount_usd", DOUBLE, Pledge::amountUsd),
              Column.of("period_from", DATE, Pledge::periodFrom),
              Column.of("period_to", DATE, Pledge::periodTo)),
          null,
          r ->
              new Pledge(
                  r.getLong("id"),
                  r.getLong("donor_id"),
                  r.getDate("pledged_on"),
                  r.getDouble("amount_usd"),
                  r.getDate("period_from"),
                  r.getDate("period_to")));

  public static final TableMapping<Grant> GRANT =
      new TableMapping<>(
          "Grant",
          "grant_award",
          Grant::id,
          List.of(
              Column.of("donor_id", LONG, Grant::donorId),
              Column.of("pledge_id", LONG, Grant::pledgeId),
              Column.of("reference", TEXT, Grant::reference),
              Column.of("amount_usd", DOUBLE, Grant::amountUsd),
              Column.of("committed_on", DATE, Grant::committedOn),
              Column.of("region_id", LONG, g -> g.earmark().regionId()),
              Column.of("activity", TEXT, g -> g.earmark().activity()),
              Column.of("period_from", DATE, g -> g.earmark().from()),
              Column.of("period_to", DATE, g -> g.earmark().to())),
          null,
          r ->
              new Grant(
                  r.getLong("id"),
                  r.getLong("donor_id"),
                  r.findLong("pledge_id"),
                  r.getText("reference"),
                  r.getDouble("amount_usd"),
                  r.getDate("committed_on"),
                  new Earmark(
                      r.findLong("region_id"),
                      r.getText("activity") == null ? null : r.getEnum(Activity.class, "activity"),
                      r.getDate("period_from"),
                      r.getDate("period_to"))));

  public static final TableMapping<Disbursement> DISBURSEMENT =
      new TableMapping<>(
          "Disbursement",
          "disbursement",
          Disbursement::id,
          List.of(
              Column.of("grant_id", LONG, Disbursement::grantId),
              Column.of("disbursed_on", DATE, Disbursement::disbursedOn),
              Column.of("amount_usd", DOUBLE, Disbursement::amountUsd)),
          null,
          r ->
              new Disbursement(
                  r.getLong("id"),
                  r.getLong("grant_id"),
                  r.getDate("disbursed_on"),
                  r.getDouble("amount_usd")));

  public static final TableMapping<CostBooking> COST_BOOKING =
      new TableMapping<>(
          "CostBooking",
          "cost_booking",
          CostBooking::id,
          List.of(
              Column.of("task_id", LONG, CostBooking::taskId),
              Column.of("grant_id", LONG, CostBooking::grantId),
              Column.of("booked_on", DATE, CostBooking::bookedOn),
              Column.of("amount_usd", DOUBLE, CostBooking::amountUsd)),
          null,
          r ->
              new CostBooking(
                  r.getLong("id"),
                  r.getLong("task_id"),
                  r.findLong("grant_id"),
                  r.getDate("booked_on"),
                  r.getDouble("amount_usd")));

  public static final TableMapping<Indicator> INDICATOR =
      new TableMapping<>(
          "Indicator",
          "indicator",
          Indicator::id,
          List.of(
              Column.of("code", TEXT, Indicator::code),
              Column.of("name", TEXT, Indicator::name),
              Column.of("measure", TEXT, Indicator::measure),
              Column.of("baseline_year", INT, Indicator::baselineYear),
              Column.of("baseline_value", DOUBLE, Indicator::baselineValue),
              Column.of("budget_line", TEXT, Indicator::budgetLine)),
          null,
          r ->
              new Indicator(
                  r.getLong("id"),
                  r.getText("code"),
                  r.getText("name"),
                  r.getEnum(Measure.class, "measure"),
                  r.getInt("baseline_year"),
                  r.getDouble("baseline_value"),
                  r.getText("budget_line")));

  public static final TableMapping<IndicatorTarget> INDICATOR_TARGET =
      new TableMapping<>(
          "IndicatorTarget",
          "indicator_target",
          IndicatorTarget::id,
          List.of(
              Column.of("indicator_id", LONG, IndicatorTarget::indicatorId),
              Column.of("target_year", INT, IndicatorTarget::year),
              Column.of("target_value", DOUBLE, IndicatorTarget::targetValue),
              Column.of("budget_usd", DOUBLE, IndicatorTarget::budgetUsd)),
          null,
          r ->
              new IndicatorTarget(
                  r.getLong("id"),
                  r.getLong("indicator_id"),
                  r.getInt("target_year"),
                  r.getDouble("target_value"),
                  r.getDouble("budget_usd")));
}
