package fr.packnum.platform.control;

import java.util.List;
import java.util.Locale;

/**
 * Builds problem details in the caller's language. Titles come from {@code problem.<key>.title},
 * details from {@code problem.<key>.detail}; the type is {@code /problems/<key>}.
 */
public final class Problems {

  private Problems() {}

  public static Problem of(Locale locale, int status, String key, Object... args) {
    return of(locale, status, key, List.of(), args);
  }

  public static Problem of(
      Locale locale, int status, String key, List<Problem.FieldError> errors, Object... args) {
    return new Problem(
        "/problems/" + key,
        Messages.text(locale, "problem." + key + ".title"),
        status,
        Messages.text(locale, "problem." + key + ".detail", args),
        null,
        errors);
  }

  public static Problem of(Locale locale, ProblemException failure) {
    return of(
        locale,
        failure.status(),
        failure.key(),
        fieldErrors(locale, failure.fieldKeys()),
        failure.args());
  }

  /** Field-level details in the caller's language. */
  public static List<Problem.FieldError> fieldErrors(
      Locale locale, List<ProblemException.FieldKey> keys) {
    return keys.stream()
        .map(
            k ->
                new Problem.FieldError(
                    k.line(), k.field(), Messages.text(locale, k.key(), k.args().toArray())))
        .toList();
  }

  /** The problem as JSON, for writers outside JAX-RS (servlet filters). */
  public static String json(Problem problem) {
    return ApiJson.jsonb().toJson(problem);
  }
}
