package org.reclaim.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answer to a request that is not signed in, or whose sign-in was refused: 401 with the
 * challenge of the schemes the server accepts (a bearer token; HTTP Basic where enabled) and an RFC
 * 9457 problem document that says why — in particular that an account is locked after repeated
 * refused sign-ins, and until when ({@link LoginAttempts}).
 */
final class SignInEntryPoint implements AuthenticationEntryPoint {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final LoginAttempts attempts;
  private final boolean basic;

  SignInEntryPoint(LoginAttempts attempts, boolean basic) {
    this.attempts = attempts;
    this.basic = basic;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String detail =
        "sign in: the web app's login form, or a personal API token (Authorization: Bearer)"
            + (basic ? " or HTTP Basic" : "");
    if (e != null
        && !(e
            instanceof
            org.springframework.security.authentication.InsufficientAuthenticationException)) {
      detail = detail + "; refused: " + e.getMessage();
    }
    if (e instanceof LockedException) {
      String name = basicUser(request);
      detail =
          "the account "
              + name
              + " is locked after "
              + LoginAttempts.MAX_FAILURES
              + " refused sign-ins; try again after "
              + attempts.lockedUntil(name).map(Object::toString).orElse("a few minutes")
              + " or ask an administrator";
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:reclaim:problem:unauthorized");
    problem.put("title", e instanceof LockedException ? "Account locked" : "Not signed in");
    problem.put("status", 401);
    problem.put("detail", detail);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"Reclaim\"");
    if (basic) {
      response.addHeader("WWW-Authenticate", "Basic realm=\"Reclaim\"");
    }
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(problem));
  }

  private static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return "?";
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.substring(0, colon);
    } catch (IllegalArgumentException ex) {
      return "?";
    }
  }
}
