package fr.packnum.platform.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable relative URI per kind of problem; clients
 * switch on it, people read {@code title} and {@code detail}; {@code errors} names the fields.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  /** Field-level details; absent (null) when the problem concerns no particular field. */
  @Override
  public List<FieldError> errors() {
    return errors;
  }

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One refused field; {@code line} locates it in an uploaded file (null otherwise). */
  @JsonbPropertyOrder({"line", "field", "message"})
  public record FieldError(Integer line, String field, String message) {

    public FieldError(String field, String message) {
      this(null, field, message);
    }
  }

  public Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }
}
