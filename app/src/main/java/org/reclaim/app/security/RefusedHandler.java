package org.reclaim.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a refused request of a signed-in caller: 403 with an RFC 9457 problem document
 * saying whether the role may not do this or the session's CSRF token was missing or wrong.
 */
final class RefusedHandler implements AccessDeniedHandler {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    boolean csrf = e instanceof CsrfException;
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:reclaim:problem:" + (csrf ? "csrf" : "forbidden"));
    problem.put("title", csrf ? "CSRF token missing or wrong" : "Not allowed for this role");
    problem.put("status", 403);
    problem.put(
        "detail",
        csrf
            ? "a state-changing request of a signed-in session must send the XSRF-TOKEN cookie's"
                + " value in the X-XSRF-TOKEN header (or sign in with a bearer token)"
            : "the account's role may not "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + " (docs/security.md, access matrix)");
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
