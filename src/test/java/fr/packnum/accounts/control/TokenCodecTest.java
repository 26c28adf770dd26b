package fr.packnum.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenCodecTest {

  @Test
  void aNewTokenIsThePrefixAnd256BitsInUrlSafeBase64() {
    String token = TokenCodec.newToken();

    assertThat(token).startsWith("pnk_").hasSize(4 + 43).matches("pnk_[A-Za-z0-9_-]{43}");
    assertThat(TokenCodec.looksLikeToken(token)).isTrue();
    assertThat(TokenCodec.newToken()).as("random, never twice the same").isNotEqualTo(token);
  }

  @Test
  void onlyAPrefixedTokenOfTheRightLengthLooksLikeOne() {
    String body = "A".repeat(43);

    assertThat(TokenCodec.looksLikeToken("pnk_" + body)).isTrue();
    assertThat(TokenCodec.looksLikeToken("pnk_" + body + "A")).isFalse();
    assertThat(TokenCodec.looksLikeToken("pnk_" + body.substring(1))).isFalse();
    assertThat(TokenCodec.looksLikeToken("xyz_" + body)).isFalse();
    assertThat(TokenCodec.looksLikeToken(null)).isFalse();
  }

  @Test
  void theStoredHashIsTheHexSha256OfTheToken() {
    // SHA-256("abc"), FIPS 180-2 appendix B.1
    assertThat(TokenCodec.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void onlyTheFirstTwelveCharactersAreShownAfterCreation() {
    assertThat(TokenCodec.visiblePrefix("pnk_abcdefgh" + "X".repeat(35))).isEqualTo("pnk_abcdefgh");
    assertThat(TokenCodec.visiblePrefix("pnk_ab")).as("a short string whole").isEqualTo("pnk_ab");
  }
}
