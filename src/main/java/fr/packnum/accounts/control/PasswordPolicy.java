package fr.packnum.accounts.control;

import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: 12 to 128 characters (length beats complexity rules, as ANSSI and NIST
 * SP 800-63B advise), not the username, not one of the passwords everybody tries first.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON =
      Set.of(
          "123456789012",
          "azertyuiop12",
          "motdepasse123",
          "password1234",
          "passwordpassword",
          "qwertyuiop12",
          "aaaaaaaaaaaa",
          "000000000000",
          "111111111111",
          "azertyazerty",
          "packnumpacknum",
          "administrateur",
          "soleil123456",
          "bonjour12345");

  private PasswordPolicy() {}

  /** Throws {@link PasswordTooWeak} naming {@code field} when the password is refused. */
  public static void check(String field, String password, String username) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new PasswordTooWeak(field, "password.length");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)
        || (username != null && lower.contains(username.toLowerCase(Locale.ROOT)))) {
      throw new PasswordTooWeak(field, "password.guessable");
    }
  }
}
