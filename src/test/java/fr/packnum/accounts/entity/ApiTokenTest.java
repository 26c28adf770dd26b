package fr.packnum.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private final Structure partner =
      new Structure("Emmaüs Connect", StructureKind.PARTNER, null, null, NOW);

  private ApiToken token(Role role) {
    User user = new User("partner-bot", "Bot", null, role, partner, "hash", NOW);
    return new ApiToken(
        user, "Funder report", "hash", "pnk_abcdefgh", NOW, NOW.plus(Duration.ofDays(30)));
  }

  @Test
  void validUntilItExpires() {
    ApiToken token = token(Role.PARTNER);
    assertThat(token.isValidAt(NOW.plus(Duration.ofDays(29)))).isTrue();
    assertThat(token.isValidAt(NOW.plus(Duration.ofDays(30)))).isFalse();
  }

  /** The last use as the database would hand it back (ApiTokenStore.noteUse writes it). */
  private static void lastUsed(ApiToken token, Instant at) {
    try {
      var field = ApiToken.class.getDeclaredField("lastUsedAt");
      field.setAccessible(true);
      field.set(token, at);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aUseIsDueToBeWrittenAtMostOnceAMinute() {
    ApiToken token = token(Role.PARTNER);
    assertThat(token.useDueAt(NOW)).as("never used: the first use is noted").isTrue();
    lastUsed(token, NOW);
    assertThat(token.useDueAt(NOW.plusSeconds(1))).as("not again a second later").isFalse();
    assertThat(token.useDueAt(NOW.plusSeconds(60))).isFalse();
    assertThat(token.useDueAt(NOW.plusSeconds(61))).as("past the minute, noted again").isTrue();
  }

  @Test
  void revokedTokensOpenNothing() {
    ApiToken token = token(Role.PARTNER);
    token.revoke(NOW.plusSeconds(5));
    assertThat(token.isValidAt(NOW.plusSeconds(6))).isFalse();
  }

  @Test
  void aTokenOfADeactivatedUserOpensNothing() {
    ApiToken token = token(Role.PARTNER);
    token.user().deactivate();
    assertThat(token.isValidAt(NOW.plusSeconds(1))).isFalse();
  }

  @Test
  void noTokenForAnAdministrator() {
    assertThatThrownBy(() -> token(Role.ADMIN)).isInstanceOf(IllegalArgumentException.class);
  }
}
