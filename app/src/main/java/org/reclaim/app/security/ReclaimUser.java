package org.reclaim.app.security;

import java.util.List;
import java.util.OptionalLong;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in account: Spring Security's user with Reclaim's role and organisation. */
public final class ReclaimUser extends User {
  private final Role role;
  private final Long organisation;

  ReclaimUser(
      String username, String hash, boolean enabled, boolean locked, Role role, Long organisation) {
    super(
        username,
        hash,
        enabled,
        true,
        true,
        !locked,
        List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
    this.role = role;
    this.organisation = organisation;
  }

  /** The account's role. */
  public Role role() {
    return role;
  }

  /** The operator organisation of an operator's account. */
  public OptionalLong organisation() {
    return organisation == null ? OptionalLong.empty() : OptionalLong.of(organisation);
  }
}
