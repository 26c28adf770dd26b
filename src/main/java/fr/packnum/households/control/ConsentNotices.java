package fr.packnum.households.control;

import fr.packnum.households.entity.Household;
import fr.packnum.platform.control.Messages;
import java.util.Locale;

/**
 * The information notice read to, or given to, a person before their household file is used for a
 * request (GDPR articles 13–14): what is kept, why, by whom, for how long, and their rights. Each
 * version's text stays in the bundles; a consent record names the version that was shown, and
 * {@link Household#recordConsent} accepts only the current one.
 */
public final class ConsentNotices {

  public static final int CURRENT = Household.CURRENT_NOTICE_VERSION;

  private ConsentNotices() {}

  public static String text(int version, Locale locale) {
    return Messages.text(locale, "consent.notice." + version);
  }
}
