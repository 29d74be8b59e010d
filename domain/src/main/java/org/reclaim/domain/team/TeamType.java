package org.reclaim.domain.team;

import java.util.EnumSet;
import java.util.Set;
import org.reclaim.domain.task.ReleaseMethod;

/** Kinds of team or asset, each able to apply some release methods. */
public enum TeamType {
  MANUAL(EnumSet.of(ReleaseMethod.MANUAL, ReleaseMethod.TS)),
  MECHANICAL(EnumSet.of(ReleaseMethod.MECHANICAL, ReleaseMethod.TS)),
  MDD(EnumSet.of(ReleaseMethod.MDD, ReleaseMethod.TS)),
  DRONE_SURVEY(EnumSet.of(ReleaseMethod.NTS)),
  EOD(EnumSet.noneOf(ReleaseMethod.class)),
  NTS(EnumSet.of(ReleaseMethod.NTS));

  private final EnumSet<ReleaseMethod> methods;

  TeamType(EnumSet<ReleaseMethod> methods) {
    this.methods = methods;
  }

  /** Release methods a team of this type can apply. */
  public Set<ReleaseMethod> methods() {
    return EnumSet.copyOf(methods);
  }
}
