package fr.packnum.platform.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * France's calendar. Proof dates, grant dates, "today" on a form and the night a job runs are
 * French calendar days (Europe/Paris, mainland time), whatever the server's own time zone: a proof
 * dated today at 00:30 in Paris is not "in the future" because the server still reads yesterday in
 * UTC.
 */
public final class FrenchCalendar {

  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private FrenchCalendar() {}

  /** The application's clock: the system's instant, read in France's zone. */
  public static Clock systemClock() {
    return Clock.system(ZONE);
  }

  /** Today in France by {@code clock}, whatever zone the clock itself carries. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }

  /** The French calendar day of {@code instant}. */
  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }
}
