package fr.packnum.support.control;

import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.WeekDayRange;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A place's weekly opening hours, read from the standard's "horaires" — OpenStreetMap {@code
 * opening_hours} syntax ("Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off"), parsed by Simon
 * Poole's OpeningHoursParser — and told in French or English, day by day: "lundi : 09:00–12:00,
 * 14:00–17:00 ; mardi : fermé…". As in OpenStreetMap, a later rule replaces what an earlier one
 * said of its days ("Mo-Fr 09:00-17:00; We off": closed on Wednesdays), a rule after "," adds to
 * it, and a day no rule names is closed. What a week cannot show — dates, months, weeks, years,
 * school holidays, sunrise and sunset, "||" fallbacks, comments — is refused, named, rather than
 * shown wrong.
 */
public final class OpeningHours {

  /** Longest "horaires" read (the column's width). */
  public static final int MAX_LENGTH = 1000;

  private static final int DAY = 24 * 60;

  /** One opening: from, until (past midnight for "22:00-02:00"), or open-ended ("18:00+"). */
  public record Span(int from, int until, boolean openEnded) {
    public String text() {
      return openEnded ? time(from) + "+" : time(from) + "–" + time(until);
    }

    private static String time(int minutes) {
      int inDay = minutes == DAY ? DAY : minutes % DAY;
      return String.format(Locale.ROOT, "%02d:%02d", inDay / 60, inDay % 60);
    }
  }

  /** A day of the week and its openings, none when closed. */
  public record Day(DayOfWeek day, List<Span> spans) {
    public boolean closed() {
      return spans.isEmpty();
    }
  }

  private final Map<DayOfWeek, List<Span>> week;
  private final List<Span> publicHolidays;

  private OpeningHours(Map<DayOfWeek, List<Span>> week, List<Span> publicHolidays) {
    this.week = week;
    this.publicHolidays = publicHolidays;
  }

  /** Reads {@code text}; an {@link HoursUnreadable} says where it stops making sense. */
  public static OpeningHours parse(String text) {
    if (text == null || text.isBlank()) {
      throw new HoursUnreadable("support.hours.syntax", 1);
    }
    if (text.length() > MAX_LENGTH) {
      throw new HoursUnreadable("support.hours.tooLong", MAX_LENGTH);
    }
    List<Rule> rules;
    try {
      rules = new OpeningHoursParser(new StringReader(text.strip())).rules(false);
    } catch (OpeningHoursParseException syntax) {
      List<OpeningHoursParseException> all = syntax.getExceptions();
      int column = all == null || all.isEmpty() ? syntax.getColumn() : all.get(0).getColumn();
      throw new HoursUnreadable("support.hours.syntax", Math.max(1, column));
    } catch (RuntimeException | Error garbled) { // the generated lexer throws its TokenMgrError
      throw new HoursUnreadable("support.hours.syntax", 1);
    }
    Map<DayOfWeek, List<Span>> week = new EnumMap<>(DayOfWeek.class);
    List<Span> holidays = null;
    for (Rule rule : rules) {
      refuseWhatAWeekCannotShow(rule);
      List<Span> spans = spans(rule);
      List<DayOfWeek> days = days(rule);
      for (DayOfWeek day : days) {
        if (rule.isAdditive() && week.containsKey(day)) {
          List<Span> more = new ArrayList<>(week.get(day));
          more.addAll(spans);
          week.put(day, List.copyOf(more));
        } else {
          week.put(day, spans);
        }
      }
      if (rule.getHolidays() != null && !rule.getHolidays().isEmpty()) {
        holidays = spans;
      }
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      week.putIfAbsent(day, List.of());
    }
    return new OpeningHours(week, holidays);
  }

  /** Whether {@code text} reads (an empty text is no hours at all, and reads). */
  public static Optional<HoursUnreadable> check(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      parse(text);
      return Optional.empty();
    } catch (HoursUnreadable unreadable) {
      return Optional.of(unreadable);
    }
  }

  private static void refuseWhatAWeekCannotShow(Rule rule) {
    if (rule.isFallBack()
        || notEmpty(rule.getYears())
        || notEmpty(rule.getWeeks())
        || notEmpty(rule.getDates())
        || rule.getComment() != null) {
      throw unsupported(rule);
    }
    RuleModifier modifier = rule.getModifier();
    if (modifier != null
        && (modifier.getComment() != null
            || modifier.getModifier() == RuleModifier.Modifier.UNKNOWN)) {
      throw unsupported(rule);
    }
    if (rule.getHolidays() != null) {
      for (Holiday holiday : rule.getHolidays()) {
        if (holiday.getType() != Holiday.Type.PH || holiday.getAfterWeekDays()) {
          throw unsupported(rule);
        }
      }
    }
  }

  private static List<Span> spans(Rule rule) {
    RuleModifier modifier = rule.getModifier();
    boolean closed =
        modifier != null
            && (modifier.getModifier() == RuleModifier.Modifier.OFF
                || modifier.getModifier() == RuleModifier.Modifier.CLOSED);
    if (closed) {
      if (notEmpty(rule.getTimes())) {
        throw unsupported(rule); // "Mo 12:00-14:00 off": a closing within a day
      }
      return List.of();
    }
    if (rule.isTwentyfourseven() || !notEmpty(rule.getTimes())) {
      return List.of(new Span(0, DAY, false));
    }
    List<Span> spans = new ArrayList<>();
    for (TimeSpan time : rule.getTimes()) {
      if (time.getStartEvent() != null
          || time.getEndEvent() != null
          || time.getInterval() > 0
          || (time.getEnd() == TimeSpan.UNDEFINED_TIME && !time.isOpenEnded())) {
        throw unsupported(rule);
      }
      spans.add(
          time.isOpenEnded() && time.getEnd() == TimeSpan.UNDEFINED_TIME
              ? new Span(time.getStart(), time.getStart(), true)
              : new Span(time.getStart(), time.getEnd(), false));
    }
    return List.copyOf(spans);
  }

  private static List<DayOfWeek> days(Rule rule) {
    boolean holidays = notEmpty(rule.getHolidays());
    if (!notEmpty(rule.getDays())) {
      return holidays ? List.of() : List.of(DayOfWeek.values());
    }
    List<DayOfWeek> days = new ArrayList<>();
    for (WeekDayRange range : rule.getDays()) {
      if (notEmpty(range.getNths()) || range.getOffset() != 0) {
        throw unsupported(rule); // "Sa[1]": the first Saturday of the month
      }
      int start = range.getStartDay().ordinal();
      int end = range.getEndDay() == null ? start : range.getEndDay().ordinal();
      for (int d = start; ; d = (d + 1) % 7) { // "Fr-Mo" runs over the week-end
        days.add(DayOfWeek.of(d + 1));
        if (d == end) {
          break;
        }
      }
    }
    return days;
  }

  private static boolean notEmpty(List<?> list) {
    return list != null && !list.isEmpty();
  }

  private static HoursUnreadable unsupported(Rule rule) {
    return new HoursUnreadable("support.hours.unsupported", rule.toString());
  }

  /** Monday to Sunday, each with its openings. */
  public List<Day> days() {
    return week.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
  }

  /** The openings on public holidays, when the text says ("PH off": none). */
  public Optional<List<Span>> publicHolidays() {
    return Optional.ofNullable(publicHolidays);
  }

  /**
   * The week in words: "lundi : 09:00–12:00, 14:00–17:00 ; mardi : fermé ; … ; jours fériés :
   * fermé" (French typography: a no-break space before ":" and ";"), or in English "Monday:
   * 09:00–12:00, 14:00–17:00; Tuesday: closed; …".
   */
  public String text(Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    String colon = english ? ": " : "\u00a0: ";
    String separator = english ? "; " : "\u00a0; ";
    List<String> parts = new ArrayList<>();
    for (Day day : days()) {
      parts.add(
          day.day().getDisplayName(TextStyle.FULL, english ? Locale.ENGLISH : Locale.FRENCH)
              + colon
              + spansText(day.spans(), english));
    }
    if (publicHolidays != null) {
      parts.add(
          (english ? "public holidays" : "jours fériés")
              + colon
              + spansText(publicHolidays, english));
    }
    return String.join(separator, parts);
  }

  private static String spansText(List<Span> spans, boolean english) {
    if (spans.isEmpty()) {
      return english ? "closed" : "fermé";
    }
    return String.join(", ", spans.stream().map(Span::text).toList());
  }
}
