package fr.packnum.households.control;

import fr.packnum.platform.control.Messages;
import java.util.Locale;

/**
 * The information notice read to, or given to, a person before their household file is used for a
 * request (GDPR articles 13–14): what is kept, why, by whom, for how long, and their rights. Each
 * version's text stays in the bundles; a consent record names the version that was shown.
 */
public final class ConsentNotices {

  public static final int CURRENT = 1;

  private ConsentNotices() {}

  public static String text(int version, Locale locale) {
    return Messages.text(locale, "consent.notice." + version);
  }

  /** Only the notice people are shown now can be recorded as accepted. */
  public static void requireCurrent(int version) {
    if (version != CURRENT) {
      throw new NoticeVersionUnknown(CURRENT);
    }
  }
}
