package fr.packnum.platform.boundary;

import fr.packnum.platform.control.ProblemException;
import fr.packnum.platform.control.Problems;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every named business failure becomes its problem+json answer. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ProblemException failure) {
    Response response = ProblemResponses.of(Problems.of(ProblemResponses.locale(headers), failure));
    if (failure.status() == 429) {
      return Response.fromResponse(response).header("Retry-After", "900").build();
    }
    return response;
  }
}
