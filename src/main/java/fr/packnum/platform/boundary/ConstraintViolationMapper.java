package fr.packnum.platform.boundary;

import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Problem;
import fr.packnum.platform.control.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bean Validation failures on a request: 400 with one entry per field. Messages are PackNum's own
 * ({@code constraint.<Annotation>} or a custom key), so French and English do not depend on the
 * validator's bundles or the JVM's locale.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return toResponse(ProblemResponses.locale(headers), exception);
  }

  static Response toResponse(Locale locale, ConstraintViolationException exception) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      errors.add(
          new Problem.FieldError(field(violation.getPropertyPath()), message(locale, violation)));
    }
    errors.sort(Comparator.comparing(Problem.FieldError::field));
    return ProblemResponses.of(Problems.of(locale, 400, "validation", errors, errors.size()));
  }

  static String field(Path path) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      // An element of a list: the index belongs to the list's name ("situations[0].proofDate").
      if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
        int last = names.size() - 1;
        names.set(last, names.get(last) + "[" + node.getIndex() + "]");
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        names.add(node.getName());
      }
    }
    if (names.isEmpty()) {
      return parameter == null ? "body" : parameter;
    }
    return String.join(".", names);
  }

  static String message(Locale locale, ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    if (template != null && !template.startsWith("{")) {
      return Messages.text(locale, template, attributes.get("min"), attributes.get("max"));
    }
    String constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    Object first = attributes.containsKey("min") ? attributes.get("min") : attributes.get("value");
    return Messages.text(locale, "constraint." + constraint, first, attributes.get("max"));
  }
}
