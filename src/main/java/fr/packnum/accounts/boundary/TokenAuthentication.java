package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.ApiTokenStore;
import fr.packnum.accounts.control.TokenCodec;
import fr.packnum.accounts.entity.ApiToken;
import fr.packnum.accounts.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Resolves a presented bearer token to its user, and notes when it was last used. */
@ApplicationScoped
@Transactional
public class TokenAuthentication {

  @Inject ApiTokenStore tokens;
  @Inject Clock clock;

  public Optional<User> authenticate(String presented) {
    if (!TokenCodec.looksLikeToken(presented)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiToken> token = tokens.findByToken(presented).filter(t -> t.isValidAt(now));
    token
        .filter(t -> t.useDueAt(now))
        .ifPresent(t -> tokens.noteUse(t.id(), now, ApiToken.LAST_USE_PRECISION));
    return token.map(ApiToken::user);
  }
}
