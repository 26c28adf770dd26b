package fr.packnum.platform.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts, French first and English on request. The French bundle is the root, and the
 * JVM's default locale never takes part in the choice.
 */
public final class Messages {

  public static final Locale FRENCH = Locale.FRENCH;
  public static final Locale ENGLISH = Locale.ENGLISH;
  private static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

  /** One bundle per component that has texts of its own. */
  static final List<String> BUNDLES =
      List.of(
          "fr.packnum.platform.messages",
          "fr.packnum.territory.messages",
          "fr.packnum.workshop.messages",
          "fr.packnum.households.messages",
          "fr.packnum.matching.messages",
          "fr.packnum.connectivity.messages",
          "fr.packnum.support.messages",
          "fr.packnum.reporting.messages");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /**
   * The language to answer in for an {@code Accept-Language} header: French unless English is
   * preferred.
   */
  public static Locale localeFor(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return FRENCH;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      Locale chosen = Locale.lookup(ranges, SUPPORTED);
      return chosen == null ? FRENCH : chosen;
    } catch (IllegalArgumentException malformed) {
      return FRENCH;
    }
  }

  /**
   * The text of {@code key}, looked up in each component's bundle; the key itself if none has it.
   */
  public static String text(Locale locale, String key, Object... args) {
    Locale language = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
    String pattern = key;
    for (String name : BUNDLES) {
      try {
        pattern =
            ResourceBundle.getBundle(name, language, Messages.class.getClassLoader(), NO_FALLBACK)
                .getString(key);
        break;
      } catch (MissingResourceException elsewhere) {
        // try the next component's bundle
      }
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
