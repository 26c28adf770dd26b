package fr.packnum.platform.boundary;

import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Problem;
import fr.packnum.platform.control.Problems;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** Turns a problem into a JAX-RS response, in the language the caller asked for. */
final class ProblemResponses {

  private ProblemResponses() {}

  static Locale locale(HttpHeaders headers) {
    return Messages.localeFor(
        headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  static Response of(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(Problems.json(problem))
        .build();
  }
}
