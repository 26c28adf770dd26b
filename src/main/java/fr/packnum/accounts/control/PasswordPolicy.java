package fr.packnum.accounts.control;

import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;

/**
 * What a password must be: 12 to 128 characters (length beats complexity rules, as ANSSI and NIST
 * SP 800-63B advise), not the username, and not guessable: nbvcxz (zxcvbn's estimator) looks it up
 * in the 100,000 most common passwords, names and words, with their l33t and keyboard variants, and
 * it must be worth at least {@value #MIN_ENTROPY} bits of guesses.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /** nbvcxz's own default: about 34 billion guesses. */
  public static final double MIN_ENTROPY = 35;

  /** Words of this application people reach for first. */
  static final List<String> OWN_WORDS =
      List.of("packnum", "pack", "numerique", "solidaire", "motdepasse", "azerty", "bonjour");

  private PasswordPolicy() {}

  /** Throws {@link PasswordTooWeak} naming {@code field} when the password is refused. */
  public static void check(String field, String password, String username) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new PasswordTooWeak(field, "password.length");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if ((username != null && lower.contains(username.toLowerCase(Locale.ROOT)))
        || Estimator.entropy(password, username) < MIN_ENTROPY) {
      throw new PasswordTooWeak(field, "password.guessable");
    }
  }

  /** The dictionaries load once, on the first password checked, not at start-up. */
  private static final class Estimator {

    private static final Configuration BASE = new ConfigurationBuilder().createConfiguration();

    // nbvcxz's matchers keep no state between estimates, but its documentation does not promise
    // thread safety: estimates are rare (a password set), so they take turns
    static synchronized double entropy(String password, String username) {
      DictionaryBuilder own =
          new DictionaryBuilder().setDictionaryName("packnum").setExclusion(true);
      OWN_WORDS.forEach(word -> own.addWord(word, 0));
      if (username != null && !username.isBlank()) {
        own.addWord(username.toLowerCase(Locale.ROOT), 0);
      }
      List<Dictionary> dictionaries = new java.util.ArrayList<>(BASE.getDictionaries());
      dictionaries.add(own.createDictionary());
      Configuration configuration =
          new ConfigurationBuilder()
              .setDictionaries(dictionaries)
              .setMinimumEntropy(MIN_ENTROPY)
              .createConfiguration();
      return new Nbvcxz(configuration).estimate(password).getEntropy();
    }
  }
}
