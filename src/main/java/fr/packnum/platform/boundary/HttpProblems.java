package fr.packnum.platform.boundary;

import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Problem;
import fr.packnum.platform.control.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a problem+json answer from outside JAX-RS (servlet filters, the authentication mechanism).
 */
public final class HttpProblems {

  private HttpProblems() {}

  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String key,
      Object... args)
      throws IOException {
    Problem problem =
        Problems.of(Messages.localeFor(request.getHeader("Accept-Language")), status, key, args);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Problems.json(problem));
    response.flushBuffer();
  }
}
