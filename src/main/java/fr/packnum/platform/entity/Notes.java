package fr.packnum.platform.entity;

/**
 * The one rule for the free-text notes a person adds to a history line (a device's step, a
 * request's decision, a functional test): trimmed, blank means none, at most {@value #MAX_LENGTH}
 * characters. Boundaries refuse longer input with {@code @Size(max = Notes.MAX_LENGTH)}; the cut
 * here is the last guard, so that a history line is never lost for its notes' sake.
 */
public final class Notes {

  public static final int MAX_LENGTH = 1000;

  private Notes() {}

  /** The notes to store, or {@code null} when there are none (the column is nullable). */
  public static String normalise(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return cut(text.strip(), MAX_LENGTH);
  }

  /** {@code text} itself when it fits, otherwise its first characters and an ellipsis. */
  static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
