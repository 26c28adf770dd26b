package fr.packnum.support.entity;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step of the follow-up schedule, counted from the hand-over day: "J+7" (jour, seven days later),
 * "M+1" (mois, a month later)… The label is what support people read on their worklist.
 */
public record Milestone(String label, Period after) {

  private static final Pattern SYNTAX = Pattern.compile("([JDM])\\+(\\d{1,3})");

  public Milestone {
    Objects.requireNonNull(label);
    Objects.requireNonNull(after);
  }

  /**
   * Reads "J+7", "D+7" (the English day) or "M+3"; answers empty for anything else. The label is
   * written the French way.
   */
  public static java.util.Optional<Milestone> parse(String text) {
    Matcher matcher = SYNTAX.matcher(text == null ? "" : text.strip().toUpperCase());
    if (!matcher.matches() || Integer.parseInt(matcher.group(2)) == 0) {
      return java.util.Optional.empty();
    }
    int count = Integer.parseInt(matcher.group(2));
    boolean months = matcher.group(1).equals("M");
    return java.util.Optional.of(
        new Milestone(
            (months ? "M+" : "J+") + count,
            months ? Period.ofMonths(count) : Period.ofDays(count)));
  }

  /** The day the call is due for a hand-over on {@code handedOverOn}. */
  public LocalDate dueFrom(LocalDate handedOverOn) {
    return handedOverOn.plus(after);
  }
}
