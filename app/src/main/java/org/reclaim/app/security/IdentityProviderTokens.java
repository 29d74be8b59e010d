package org.reclaim.app.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Who a JWT from the deployment's identity provider (OIDC) signs in as: the account name from
 * {@code reclaim.security.jwt.username-claim} (default {@code preferred_username}, else {@code
 * sub}), the Reclaim role from {@code reclaim.security.jwt.roles-claim} (default {@code roles}: a
 * string or a list; the first value naming a {@link Role}, with or without a {@code ROLE_} prefix,
 * in any case), and an operator's organisation from {@code reclaim.security.jwt.operator-claim}
 * (default {@code operator_id}). A token that names no Reclaim role is refused: signing in with the
 * identity provider alone grants nothing. The token's signature, issuer, audience and expiry are
 * checked by Spring's {@code JwtDecoder} from the standard {@code
 * spring.security.oauth2.resourceserver.jwt.*} settings (docs/security.md).
 */
@Component
public class IdentityProviderTokens implements Converter<Jwt, AbstractAuthenticationToken> {
  private final String usernameClaim;
  private final String rolesClaim;
  private final String operatorClaim;

  public IdentityProviderTokens(
      @Value("${reclaim.security.jwt.username-claim:preferred_username}") String usernameClaim,
      @Value("${reclaim.security.jwt.roles-claim:roles}") String rolesClaim,
      @Value("${reclaim.security.jwt.operator-claim:operator_id}") String operatorClaim) {
    this.usernameClaim = usernameClaim;
    this.rolesClaim = rolesClaim;
    this.operatorClaim = operatorClaim;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String name =
        Optional.ofNullable(jwt.getClaimAsString(usernameClaim)).orElseGet(jwt::getSubject);
    Role role =
        roleValues(jwt.getClaim(rolesClaim)).stream()
            .map(IdentityProviderTokens::role)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow(() -> refused("the token's '" + rolesClaim + "' names no Reclaim role"));
    Long organisation = null;
    Object org = jwt.getClaim(operatorClaim);
    if (org != null) {
      try {
        organisation = Long.valueOf(String.valueOf(org));
      } catch (NumberFormatException e) {
        throw refused("the token's '" + operatorClaim + "' is not an operator id: " + org);
      }
    }
    if (role == Role.OPERATOR && organisation == null) {
      throw refused("an operator's token needs '" + operatorClaim + "'");
    }
    ReclaimUser user =
        new ReclaimUser(name, "", true, false, role, role == Role.OPERATOR ? organisation : null);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }

  private static List<String> roleValues(Object claim) {
    if (claim instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    return claim == null ? List.of() : List.of(String.valueOf(claim).split("[ ,]+"));
  }

  private static Optional<Role> role(String value) {
    String v = value.strip().toUpperCase(java.util.Locale.ROOT);
    String bare = v.startsWith("ROLE_") ? v.substring(5) : v;
    for (Role r : Role.values()) {
      if (r.name().equals(bare)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static OAuth2AuthenticationException refused(String why) {
    return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", why, null), why);
  }
}
