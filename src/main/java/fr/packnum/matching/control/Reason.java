package fr.packnum.matching.control;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One structured reason of an explanation: a wording and its arguments (numbers, grades, or a
 * {@link Requirement} named in the reader's language), so that a screen can show or filter it.
 */
public record Reason(Wording wording, List<Object> arguments) {

  public Reason {
    Objects.requireNonNull(wording, "wording");
    arguments = List.copyOf(arguments);
  }

  static Reason of(Wording wording, Object... arguments) {
    return new Reason(wording, List.of(arguments));
  }

  public String render(Locale locale) {
    Object[] localized =
        arguments.stream().map(a -> a instanceof Requirement r ? r.label(locale) : a).toArray();
    return wording.render(locale, localized);
  }
}
