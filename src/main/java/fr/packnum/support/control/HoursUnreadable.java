package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/**
 * A place's "horaires" PackNum cannot read: not OpenStreetMap {@code opening_hours} syntax, or a
 * part of it PackNum does not show (dates, weeks, school holidays, sunrise…), named.
 */
public class HoursUnreadable extends ProblemException {

  /** {@code key} is {@code support.hours.syntax} or {@code support.hours.unsupported}. */
  HoursUnreadable(String key, Object argument) {
    super(422, "hours-unreadable", List.of(new FieldKey("horaires", key, argument)));
  }

  /** The field-level reason: its message key. */
  public String reasonKey() {
    return fieldKeys().get(0).key();
  }

  public Object reasonArgument() {
    return fieldKeys().get(0).args().get(0);
  }
}
