package org.reclaim.app.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem documents with Reclaim's extra members ({@code field}, {@code issues}).
 */
final class ApiProblem {
  private ApiProblem() {}

  static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("urn:reclaim:problem:" + type));
    p.setTitle(title);
    return p;
  }

  /** A problem about one field of one record. */
  static ProblemDetail field(HttpStatus status, String entity, String field, String detail) {
    ProblemDetail p = of(status, "invalid-field", "Invalid " + entity + "." + field, detail);
    p.setProperty("entity", entity);
    p.setProperty("field", field);
    return p;
  }

  /** A problem listing import issues, each naming its record and field. */
  static ProblemDetail issues(
      HttpStatus status, String title, String detail, List<Map<String, Object>> issues) {
    ProblemDetail p = of(status, "rejected-records", title, detail);
    p.setProperty("issues", issues);
    if (!issues.isEmpty() && issues.get(0).get("field") != null) {
      p.setProperty("field", issues.get(0).get("field"));
    }
    return p;
  }
}
