package org.reclaim.app.release;

import java.time.LocalDate;
import java.util.List;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.funding.CostBooking;
import org.reclaim.domain.funding.Disbursement;
import org.reclaim.domain.funding.Donor;
import org.reclaim.domain.funding.Earmark;
import org.reclaim.domain.funding.Grant;
import org.reclaim.domain.funding.Pledge;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.strategy.Indicator;
import org.reclaim.domain.strategy.IndicatorTarget;
import org.reclaim.domain.task.Task;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Versioned;
import org.reclaim.store.jdbc.JdbcRepository;
import org.springframework.stereotype.Service;

/**
 * Funding and strategy records over the register. Every reference is checked (a grant's donor and
 * pledge, a disbursement's grant, a cost's task and grant); a cost must fit its grant's earmark
 * (region, activity, period) and may not take the grant beyond its amount; a booked cost is added
 * to the task's {@code costUsd} in the same transaction.
 *
 * <p>Thread safe: state lives in the store.
 */
@Service
public final class FundingService {
  private final ReclaimStore store;

  /** The kinds of funding record {@link #list} lists, by their API names. */
  public enum Kind {
    DONORS,
    PLEDGES,
    GRANTS,
    DISBURSEMENTS,
    COSTS;

    /** The kind named {@code name} ({@code donors}, … {@code costs}), if any. */
    public static java.util.Optional<Kind> of(String name) {
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(name)) {
          return java.util.Optional.of(k);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /**
   * The first records of one kind and how many there are.
   *
   * @param records in id order
   * @param total records of that kind in the register
   */
  public record Listing(List<Versioned<?>> records, long total) {}

  /** The first {@code limit} records of {@code kind}, in id order, and their total. */
  public Listing list(Kind kind, int limit) {
    JdbcRepository<?> repo =
        switch (kind) {
          case DONORS -> store.donors();
          case PLEDGES -> store.pledges();
          case GRANTS -> store.grants();
          case DISBURSEMENTS -> store.disbursements();
          case COSTS -> store.costBookings();
        };
    return new Listing(List.copyOf(repo.list(0, limit)), repo.count());
  }

  public FundingService(ReclaimStore store) {
    this.store = store;
  }

  private long id(String table) {
    return store.ids().allocate(table, 1);
  }

  public Versioned<Donor> donor(String name, String country, String actor) {
    return store.donors().insert(new Donor(id("donor"), name, country), actor);
  }

  public Versioned<Pledge> pledge(
      long donorId, LocalDate on, double amountUsd, LocalDate from, LocalDate to, String actor) {
    exists(store.donors().findById(donorId).isPresent(), "Pledge", "donorId", "donor", donorId);
    return store
        .pledges()
        .insert(new Pledge(id("pledge"), donorId, on, amountUsd, from, to), actor);
  }

  /** Records a signed grant; its pledge, if named, must be the same donor's. */
  public Versioned<Grant> grant(
      long donorId,
      Long pledgeId,
      String reference,
      double amountUsd,
      LocalDate committedOn,
      Earmark earmark,
      String actor) {
    exists(store.donors().findById(donorId).isPresent(), "Grant", "donorId", "donor", donorId);
    if (pledgeId != null) {
      Pledge p =
          referenced(store.pledges().findById(pledgeId), "Grant", "pledgeId", "pledge", pledgeId);
      if (p.donorId() != donorId) {
        throw new DomainException(
            "Grant", "pledgeId", "pledge " + pledgeId + " is donor " + p.donorId() + "'s");
      }
    }
    if (earmark.regionId() != null) {
      exists(
          store.regions().findById(earmark.regionId()).isPresent(),
          "Grant",
          "regionId",
          "region",
          earmark.regionId());
    }
    return store
        .grants()
        .insert(
            new Grant(
                id("grant_award"), donorId, pledgeId, reference, amountUsd, committedOn, earmark),
            actor);
  }

  public Versioned<Disbursement> disbursement(
      long grantId, LocalDate on, double amountUsd, String actor) {
    exists(
        store.grants().findById(grantId).isPresent(), "Disbursement", "grantId", "grant", grantId);
    return store
        .disbursements()
        .insert(new Disbursement(id("disbursement"), grantId, on, amountUsd), actor);
  }

  /**
   * Books a cost of a task, to a grant or to none.
   *
   * @throws DomainException naming {@code grantId} when the cost does not fit the earmark or would
   *     take the grant beyond its amount
   */
  public Versioned<CostBooking> bookCost(
      long taskId, Long grantId, LocalDate on, double amountUsd, String actor) {
    return store.inTransaction(
        () -> {
          Versioned<Task> task = store.tasks().getById(taskId);
          CostBooking c = new CostBooking(id("cost_booking"), taskId, grantId, on, amountUsd);
          if (grantId != null) {
            checkGrant(task.value(), c);
          }
          Task t = task.value();
          store
              .tasks()
              .update(
                  new Task(
                      t.id(),
                      t.hazardousAreaId(),
                      t.method(),
                      t.teamId(),
                      t.status(),
                      t.plannedStart(),
                      t.plannedEnd(),
                      t.targetAreaM2(),
                      t.costUsd() + amountUsd),
                  task.version(),
                  actor);
          return store.costBookings().insert(c, actor);
        });
  }

  private void checkGrant(Task task, CostBooking c) {
    Grant g =
        referenced(
            store.grants().findById(c.grantId()), "CostBooking", "grantId", "grant", c.grantId());
    HazardousArea area = store.hazardousAreas().getById(task.hazardousAreaId()).value();
    String refusal = g.earmark().refusal(area.regionId(), task.method().activity(), c.bookedOn());
    if (refusal != null) {
      throw new DomainException(
          "CostBooking", "grantId", "grant " + g.reference() + " does not fit: " + refusal);
    }
    double total = store.costBookings().sumBookedOnGrant(g.id()) + c.amountUsd();
    if (total > g.amountUsd() + 0.005) {
      throw new DomainException(
          "CostBooking",
          "amountUsd",
          String.format(
              "would book US$ %.2f on grant %s of US$ %.2f", total, g.reference(), g.amountUsd()));
    }
  }

  public Versioned<Indicator> indicator(Indicator draft, String actor) {
    Indicator i =
        new Indicator(
            id("indicator"),
            draft.code(),
            draft.name(),
            draft.measure(),
            draft.baselineYear(),
            draft.baselineValue(),
            draft.budgetLine());
    return store.indicators().insert(i, actor);
  }

  public Versioned<IndicatorTarget> target(
      long indicatorId, int year, double targetValue, double budgetUsd, String actor) {
    Indicator indicator =
        referenced(
            store.indicators().findById(indicatorId),
            "IndicatorTarget",
            "indicatorId",
            "indicator",
            indicatorId);
    if (targetValue == indicator.baselineValue()) {
      // Achievement is graded from the baseline to the target (GradingOp): none to grade.
      throw new DomainException(
          "IndicatorTarget",
          "targetValue",
          "equals the baseline "
              + indicator.baselineValue()
              + " of indicator "
              + indicator.code()
              + "; nothing to achieve");
    }
    return store
        .indicatorTargets()
        .insert(
            new IndicatorTarget(id("indicator_target"), indicatorId, year, targetValue, budgetUsd),
            actor);
  }

  private static void exists(boolean present, String entity, String field, String what, long id) {
    if (!present) {
      throw missing(entity, field, what, id);
    }
  }

  /** The record a reference names, or a refusal naming the referring field. */
  private static <T> T referenced(
      java.util.Optional<Versioned<T>> found, String entity, String field, String what, long id) {
    return found.orElseThrow(() -> missing(entity, field, what, id)).value();
  }

  private static DomainException missing(String entity, String field, String what, long id) {
    return new DomainException(entity, field, "no " + what + " with id " + id + " in the register");
  }
}
