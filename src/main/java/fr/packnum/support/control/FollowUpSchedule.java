package fr.packnum.support.control;

import fr.packnum.support.entity.Milestone;
import java.util.ArrayList;
import java.util.List;

/**
 * The follow-up schedule as configured ({@code PACKNUM_SUPPORT_FOLLOW_UP}, "J+7,M+1,M+3,M+6" by
 * default): milestones separated by commas, each later than the one before.
 */
public final class FollowUpSchedule {

  public static final String DEFAULT = "J+7,M+1,M+3,M+6";

  private FollowUpSchedule() {}

  /** The milestones, or an {@link IllegalArgumentException} naming what cannot be read. */
  public static List<Milestone> parse(String text) {
    List<Milestone> milestones = new ArrayList<>();
    for (String part : (text == null ? "" : text).split(",")) {
      Milestone milestone =
          Milestone.parse(part)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Follow-up milestone \"" + part.strip() + "\": expected J+7 or M+3"));
      if (!milestones.isEmpty() && !later(milestone, milestones.get(milestones.size() - 1))) {
        throw new IllegalArgumentException(
            "Follow-up milestone " + milestone.label() + " is not after the one before");
      }
      milestones.add(milestone);
    }
    return List.copyOf(milestones);
  }

  // compared on a 31-day month's first day, the latest a month can reach
  private static boolean later(Milestone next, Milestone previous) {
    java.time.LocalDate day = java.time.LocalDate.of(2001, 1, 31);
    return next.dueFrom(day).isAfter(previous.dueFrom(day));
  }
}
