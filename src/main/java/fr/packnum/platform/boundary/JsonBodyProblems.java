package fr.packnum.platform.boundary;

import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Problem;
import fr.packnum.platform.control.Problems;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a JSON body that does not fit the expected shape: an unknown field or a value of the
 * wrong type, naming the field (never quoting the value, which may be personal data).
 */
final class JsonBodyProblems {

  private static final Pattern UNKNOWN =
      Pattern.compile("(?i)json property ([A-Za-z0-9_]+) can ?not be mapped");
  private static final Pattern ENUM =
      Pattern.compile("No enum constant ([A-Za-z0-9_.$]+)\\.[A-Za-z0-9_]+");
  private static final Pattern PROPERTY = Pattern.compile("(?i)property:?\\s*'?([A-Za-z0-9_]+)'?");

  private JsonBodyProblems() {}

  static Response of(Locale locale, JsonbException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof jakarta.json.stream.JsonParsingException
          || t instanceof java.io.EOFException) {
        return ProblemResponses.of(Problems.of(locale, 400, "malformed-json"));
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      Matcher unknown = UNKNOWN.matcher(message);
      if (unknown.find()) {
        return answer(locale, "unknown-field", unknown.group(1));
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      Matcher constant = ENUM.matcher(message);
      if (constant.find()) {
        String allowed = allowedValues(constant.group(1));
        if (allowed != null) {
          return ProblemResponses.of(Problems.of(locale, 400, "unknown-value", allowed));
        }
      }
      Matcher property = PROPERTY.matcher(message);
      if (property.find()) {
        return answer(locale, "wrong-type", property.group(1));
      }
    }
    return ProblemResponses.of(Problems.of(locale, 400, "unreadable-body"));
  }

  /** The constants of the enum named in the failure, when it is one of ours. */
  private static String allowedValues(String enumClass) {
    if (!enumClass.startsWith("fr.packnum.")) {
      return null;
    }
    try {
      Class<?> type = Class.forName(enumClass, false, JsonBodyProblems.class.getClassLoader());
      if (!type.isEnum()) {
        return null;
      }
      return java.util.Arrays.stream(type.getEnumConstants())
          .map(Object::toString)
          .collect(java.util.stream.Collectors.joining(", "));
    } catch (ClassNotFoundException unknown) {
      return null;
    }
  }

  private static Response answer(Locale locale, String key, String field) {
    Problem.FieldError error = new Problem.FieldError(field, Messages.text(locale, "json." + key));
    return ProblemResponses.of(Problems.of(locale, 400, "unreadable-body", List.of(error)));
  }
}
