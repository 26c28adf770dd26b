package fr.packnum.platform.boundary;

import fr.packnum.platform.control.PayloadTooLarge;
import fr.packnum.platform.control.ProblemException;
import fr.packnum.platform.control.Problems;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. Known causes buried in wrappers (a transaction rolled back on an optimistic
 * lock, an unreadable JSON body) get their own answer; anything truly unexpected is a 500 with an
 * incident number, logged by class only: exception messages may quote the data.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  /** EclipseLink's own optimistic lock failure, raised at commit (not on our compile path). */
  static final String ECLIPSELINK_OPTIMISTIC_LOCK =
      "org.eclipse.persistence.exceptions.OptimisticLockException";

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    Locale locale = ProblemResponses.locale(headers);
    Response known = fromCause(locale, failure);
    if (known != null) {
      return known;
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(
        Level.SEVERE,
        "Incident {0}: unexpected {1} at {2}",
        new Object[] {incident, chain(failure), origin(failure)});
    return ProblemResponses.of(Problems.of(locale, 500, "internal", incident));
  }

  /** The answer for a known cause anywhere in the chain, or null. */
  static Response fromCause(Locale locale, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return ProblemResponses.of(Problems.of(locale, problem));
      }
      if (t instanceof ConstraintViolationException violations) {
        return ConstraintViolationMapper.toResponse(locale, violations);
      }
      if (t instanceof PayloadTooLarge tooLarge) {
        return ProblemResponses.of(Problems.of(locale, 413, "payload-too-large", tooLarge.limit()));
      }
      if (t instanceof OptimisticLockException
          || ECLIPSELINK_OPTIMISTIC_LOCK.equals(t.getClass().getName())) {
        return ProblemResponses.of(Problems.of(locale, 409, "stale-version"));
      }
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("40")) {
        // a deadlock or a lock wait timeout (SQL state class 40, transaction rollback): two people
        // changed the same records at the same moment; nothing was written, trying again works
        return ProblemResponses.of(Problems.of(locale, 409, "concurrent-update"));
      }
      if (t instanceof SQLIntegrityConstraintViolationException
          || (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()))) {
        return ProblemResponses.of(Problems.of(locale, 409, "duplicate"));
      }
      if (t instanceof JsonParsingException) {
        return ProblemResponses.of(Problems.of(locale, 400, "malformed-json"));
      }
      if (t instanceof JsonbException json) {
        return JsonBodyProblems.of(locale, json);
      }
    }
    return null;
  }

  private static String chain(Throwable failure) {
    StringBuilder classes = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (classes.length() > 0) {
        classes.append(" <- ");
      }
      classes.append(t.getClass().getName());
    }
    return classes.toString();
  }

  private static String origin(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    StackTraceElement[] trace = root.getStackTrace();
    return trace.length == 0 ? "?" : trace[0].toString();
  }
}
