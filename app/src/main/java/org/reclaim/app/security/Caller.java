package org.reclaim.app.security;

import java.security.Principal;
import java.util.OptionalLong;
import org.springframework.security.core.Authentication;

/**
 * Who is calling: the account's name, role and, for an operator's field manager, the organisation.
 * Anonymous callers (the public) have no role.
 *
 * @param name the account name, or {@code anonymous}
 * @param role the role, or {@code null} for the public
 * @param organisation the operator organisation of an operator's account
 */
public record Caller(String name, Role role, OptionalLong organisation) {
  /** The public: nobody signed in. */
  public static final Caller PUBLIC = new Caller("anonymous", null, OptionalLong.empty());

  /** The caller behind a request's principal ({@code null}: the public). */
  public static Caller of(Principal principal) {
    if (principal instanceof Authentication a && a.getPrincipal() instanceof ReclaimUser u) {
      return new Caller(u.getUsername(), u.role(), u.organisation());
    }
    return PUBLIC;
  }

  /** Whether the caller is in one of {@code roles}. */
  public boolean is(Role... roles) {
    for (Role r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }
}
