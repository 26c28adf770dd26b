package fr.packnum.platform.boundary;

import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Problem;
import fr.packnum.platform.control.Problems;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP-level failures JAX-RS raises itself (no such path, wrong method, wrong media type,
 * unreadable body) as problem+json.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Locale locale = ProblemResponses.locale(headers);
    Throwable cause = exception.getCause();
    if (cause != null) {
      Response body = UnexpectedExceptionMapper.fromCause(locale, cause);
      if (body != null) {
        return body;
      }
    }
    int status = exception.getResponse().getStatus();
    String parameter = unconvertibleParameter(exception);
    if (parameter != null) {
      Problem.FieldError error =
          new Problem.FieldError(parameter, Messages.text(locale, "parameter.invalid"));
      return ProblemResponses.of(Problems.of(locale, 400, "validation", List.of(error), 1));
    }
    Response.ResponseBuilder answer =
        Response.fromResponse(ProblemResponses.of(Problems.of(locale, status, keyFor(status))));
    String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      answer.header(HttpHeaders.ALLOW, allow);
    }
    return answer.build();
  }

  /**
   * The name of a query, path or header parameter that could not be converted (an unknown enum
   * value, text for a number). JAX-RS answers 404 for those; a 400 naming the parameter helps more.
   * Jersey's {@code ParamException} is not on our compile path, hence reflection.
   */
  static String unconvertibleParameter(WebApplicationException exception) {
    if (!exception.getClass().getName().startsWith("org.glassfish.jersey.server.ParamException")) {
      return null;
    }
    try {
      return (String) exception.getClass().getMethod("getParameterName").invoke(exception);
    } catch (ReflectiveOperationException | RuntimeException unknownShape) {
      return "parameter";
    }
  }

  static String keyFor(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthenticated";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 409 -> "conflict";
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 422 -> "unprocessable";
      default -> status >= 500 ? "internal" : "bad-request";
    };
  }
}
