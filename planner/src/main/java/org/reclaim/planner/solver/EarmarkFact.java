package org.reclaim.planner.solver;

/** An earmark as a problem fact: id and amount in US cents. */
public final class EarmarkFact {
  private final String id;
  private final long amountCents;

  /** An earmark of {@code amountCents} US cents. */
  public EarmarkFact(String id, long amountCents) {
    this.id = id;
    this.amountCents = amountCents;
  }

  public String getId() {
    return id;
  }

  public long getAmountCents() {
    return amountCents;
  }

  @Override
  public String toString() {
    return id;
  }
}
