package org.reclaim.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answer to a signed-in request its role may not make, or to a session's state-changing
 * request without its CSRF token: 403 with an RFC 9457 problem document that says which of the two
 * it was, as the API's other refusals do ({@code api.ProblemHandler}). A page gets the servlet
 * container's plain 403.
 */
final class ForbiddenProblem implements AccessDeniedHandler {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final AccessDeniedHandler pages = new AccessDeniedHandlerImpl();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException, jakarta.servlet.ServletException {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      pages.handle(request, response, e);
      return;
    }
    Map<String, Object> problem =
        e instanceof CsrfException
            ? problem(
                "csrf",
                "Missing or wrong CSRF token",
                "a signed-in session's "
                    + request.getMethod()
                    + " must send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header"
                    + " (scripts: use a personal API token instead)")
            : problem(
                "forbidden",
                "Not allowed",
                "your role may not "
                    + request.getMethod()
                    + " "
                    + request.getRequestURI().substring(request.getContextPath().length())
                    + " (see GET /api/v1/me for your roles)");
    if (e instanceof CsrfException) {
      problem.put("field", "X-XSRF-TOKEN");
    }
    problem.put("instance", request.getRequestURI());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(problem));
  }

  private static Map<String, Object> problem(String type, String title, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:reclaim:problem:" + type);
    problem.put("title", title);
    problem.put("status", 403);
    problem.put("detail", detail);
    return problem;
  }
}
