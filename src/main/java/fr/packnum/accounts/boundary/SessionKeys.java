package fr.packnum.accounts.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What PackNum keeps in a browser's HTTP session: who signed in, and a sign-in awaiting its code.
 */
final class SessionKeys {

  static final String USER_ID = "packnum.userId";
  static final String CREDENTIALS_VERSION = "packnum.credentialsVersion";
  static final String PENDING = "packnum.pendingSignIn";

  /** Request attribute holding the {@link fr.packnum.accounts.entity.AuthenticatedUser}. */
  static final String CALLER = "packnum.caller";

  /**
   * Request attribute holding the caller's {@link fr.packnum.accounts.entity.User} as read to
   * authenticate this request, structure included, so that reading it again costs no query.
   */
  static final String CALLER_ACCOUNT = "packnum.callerAccount";

  private SessionKeys() {}

  /**
   * A password checked, a second factor still to come. {@code enrolmentSecret} is set when the
   * account must first enrol (an administrator without TOTP): the secret is kept here, not in the
   * database, until a code proves the user's app holds it.
   */
  record PendingSignIn(long userId, Instant since, String enrolmentSecret)
      implements Serializable {}
}
