package fr.packnum.platform.boundary;

import fr.packnum.platform.control.ApiJson;
import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Problems;
import fr.packnum.platform.entity.IdempotencyRecord;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Implements {@link Idempotent}: claim the key, let the POST run, keep its answer for replays. */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "Idempotency-Key";
  static final String CLAIM = "packnum.idempotency.claim";

  @Inject IdempotencyStore store;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null) {
      return;
    }
    Locale locale = Messages.localeFor(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    if (key.isBlank() || key.length() > 200) {
      request.abortWith(ProblemResponses.of(Problems.of(locale, 400, "idempotency-key-invalid")));
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    String caller =
        request.getSecurityContext().getUserPrincipal() == null
            ? "anonymous"
            : request.getSecurityContext().getUserPrincipal().getName();
    String hash = hash(request.getMethod(), request.getUriInfo().getPath(), body);

    Optional<IdempotencyRecord> existing = store.find(caller, key);
    if (existing.isPresent()) {
      request.abortWith(replay(locale, existing.get(), hash));
      return;
    }
    try {
      request.setProperty(CLAIM, store.claim(caller, key, hash));
    } catch (RuntimeException concurrentClaim) {
      request.abortWith(
          store
              .find(caller, key)
              .map(r -> replay(locale, r, hash))
              .orElseGet(
                  () -> ProblemResponses.of(Problems.of(locale, 409, "idempotency-key-in-use"))));
    }
  }

  private static Response replay(Locale locale, IdempotencyRecord record, String hash) {
    if (!record.sameRequest(hash)) {
      return ProblemResponses.of(Problems.of(locale, 422, "idempotency-key-reused"));
    }
    if (!record.isCompleted()) {
      return ProblemResponses.of(Problems.of(locale, 409, "idempotency-key-in-use"));
    }
    Response.ResponseBuilder answer =
        Response.status(record.responseStatus())
            .header("Idempotent-Replayed", "true")
            .entity(record.responseBody())
            .type(MediaType.APPLICATION_JSON_TYPE);
    if (record.responseLocation() != null) {
      answer.header(HttpHeaders.LOCATION, record.responseLocation());
    }
    return answer.build();
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object claim = request.getProperty(CLAIM);
    if (claim == null) {
      return;
    }
    long id = (Long) claim;
    if (response.getStatus() >= 200 && response.getStatus() < 300) {
      String location = response.getHeaderString(HttpHeaders.LOCATION);
      String body = response.hasEntity() ? ApiJson.jsonb().toJson(response.getEntity()) : null;
      store.complete(id, response.getStatus(), location, body);
    } else {
      store.release(id);
    }
  }

  static String hash(String method, String path, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
