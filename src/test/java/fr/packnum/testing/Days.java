package fr.packnum.testing;

import fr.packnum.platform.control.FrenchCalendar;
import java.time.LocalDate;

/** The one "today" of the tests: the application's, in Europe/Paris ({@link FrenchCalendar}). */
public final class Days {

  private Days() {}

  public static LocalDate today() {
    return FrenchCalendar.today(FrenchCalendar.systemClock());
  }
}
