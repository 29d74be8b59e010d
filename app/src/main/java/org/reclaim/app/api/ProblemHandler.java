package org.reclaim.app.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.app.register.RecordsRejectedException;
import org.reclaim.domain.DomainException;
import org.reclaim.io.ImportIssue;
import org.reclaim.io.ImportReport;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.StaleVersionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The one place errors become responses: RFC 9457 problem documents ({@code
 * application/problem+json}) that name the field at fault ({@code field}) and, for rejected
 * records, list every issue ({@code issues}: record, field, reason).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's generic problem details: ours name the field
class ProblemHandler {
  private final String uploadLimit;

  ProblemHandler(@Value("${reclaim.upload.max-size:512MB}") String uploadLimit) {
    this.uploadLimit = uploadLimit;
  }

  /** An upload over {@code reclaim.upload.max-size}: 413, naming the limit. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    ProblemDetail p =
        ApiProblem.field(
            HttpStatus.CONTENT_TOO_LARGE,
            "request",
            "file",
            "the upload is larger than the limit of "
                + uploadLimit
                + " (reclaim.upload.max-size); split the file or ask the administrator");
    p.setProperty("limit", uploadLimit);
    return p;
  }

  @ExceptionHandler(DomainException.class)
  ProblemDetail domain(DomainException e) {
    return ApiProblem.field(HttpStatus.BAD_REQUEST, e.entity(), e.field(), e.reason());
  }

  @ExceptionHandler(RequestFieldException.class)
  ProblemDetail requestField(RequestFieldException e) {
    return ApiProblem.field(HttpStatus.BAD_REQUEST, "request", e.field(), e.getMessage());
  }

  /**
   * A request body that is not readable JSON, or that passes a reading limit (nesting depth, string
   * length, number length): 400 saying what is wrong and naming the limit.
   */
  @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
  ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof tools.jackson.core.exc.StreamConstraintsException limit) {
        ProblemDetail p =
            ApiProblem.field(
                HttpStatus.BAD_REQUEST, "request", "(body)", limit.getOriginalMessage());
        p.setProperty("limit", limit.getOriginalMessage());
        return p;
      }
    }
    Throwable root = e.getMostSpecificCause();
    String why =
        root instanceof tools.jackson.core.JacksonException j
            ? j.getOriginalMessage()
            : "the request body is not readable JSON";
    return ApiProblem.field(HttpStatus.BAD_REQUEST, "request", "(body)", why);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return ApiProblem.field(
        HttpStatus.BAD_REQUEST,
        "request",
        e.getName(),
        "'" + e.getValue() + "' is not a valid " + e.getName());
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail missingPart(MissingServletRequestPartException e) {
    return ApiProblem.field(
        HttpStatus.BAD_REQUEST,
        "request",
        e.getRequestPartName(),
        "multipart field '" + e.getRequestPartName() + "' is required");
  }

  @ExceptionHandler(UnknownLayerException.class)
  ProblemDetail unknownLayer(UnknownLayerException e) {
    return ApiProblem.field(HttpStatus.NOT_FOUND, "request", "layer", e.getMessage());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return ApiProblem.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ApiProblem.of(HttpStatus.NOT_FOUND, "not-found", "No such record", e.getMessage());
  }

  @ExceptionHandler(StaleVersionException.class)
  ProblemDetail stale(StaleVersionException e) {
    ProblemDetail p =
        ApiProblem.of(
            HttpStatus.PRECONDITION_FAILED,
            "stale-version",
            "Changed by someone else",
            e.getMessage());
    p.setProperty("field", "If-Match");
    return p;
  }

  @ExceptionHandler(PreconditionRequiredException.class)
  ProblemDetail preconditionRequired(PreconditionRequiredException e) {
    ProblemDetail p =
        ApiProblem.of(
            HttpStatus.PRECONDITION_REQUIRED,
            "if-match-required",
            "If-Match required",
            e.getMessage());
    p.setProperty("field", "If-Match");
    return p;
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail integrity(DataIntegrityViolationException e) {
    return ApiProblem.of(
        HttpStatus.CONFLICT,
        "conflict",
        "Refused by the register",
        e.getMostSpecificCause().getMessage());
  }

  @ExceptionHandler(RecordsRejectedException.class)
  ProblemDetail rejected(RecordsRejectedException e) {
    ImportReport report = e.report();
    List<Map<String, Object>> issues = new ArrayList<>();
    for (ImportIssue i : report.issues()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(report.format().recordWord(), i.record());
      m.put("record", i.record());
      m.put("field", i.field());
      m.put("reason", i.reason());
      if (i.geometryWkt() != null) {
        m.put("geometry", i.geometryWkt());
      }
      issues.add(m);
    }
    ProblemDetail p =
        ApiProblem.issues(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "Nothing imported",
            report.issueCount() + " problem(s) in " + report.fileName() + "; nothing was stored",
            issues);
    p.setProperty("recordsRead", report.recordsRead());
    p.setProperty("issuesNotListed", report.issuesNotListed());
    return p;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    return ApiProblem.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
  }
}
