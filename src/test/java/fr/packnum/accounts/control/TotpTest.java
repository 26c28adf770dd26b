package fr.packnum.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

  /** RFC 6238 appendix B: the SHA-1 seed "12345678901234567890". */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void matchesTheRfc6238TestVectors() {
    assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(59)), "HmacSHA1", 8))
        .isEqualTo("94287082");
    assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1111111109)), "HmacSHA1", 8))
        .isEqualTo("07081804");
    assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(2000000000)), "HmacSHA1", 8))
        .isEqualTo("69279037");
  }

  @Test
  void base32SecretGivesTheSameCodesAsTheRawSeed() {
    String secret = Base32.encode(RFC_SEED);
    assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.code(secret, 1)).isEqualTo("287082");
  }

  @Test
  void acceptsTheCurrentStepAndOneStepOfDriftEitherSide() {
    String secret = Totp.newSecret();
    Instant now = Instant.ofEpochSecond(1_800_000_015);
    long step = Totp.step(now);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, -1)).hasValue(step);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, -1)).hasValue(step - 1);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now, -1)).hasValue(step + 1);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now, -1)).isEmpty();
  }

  @Test
  void refusesACodeOfAStepAlreadyAccepted() {
    String secret = Totp.newSecret();
    Instant now = Instant.ofEpochSecond(1_800_000_015);
    long step = Totp.step(now);
    String code = Totp.code(secret, step);
    assertThat(Totp.matchingStep(secret, code, now, step)).isEmpty();
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, step)).isEmpty();
  }

  @Test
  void refusesMalformedCodes() {
    String secret = Totp.newSecret();
    Instant now = Instant.now();
    assertThat(Totp.matchingStep(secret, null, now, -1)).isEmpty();
    assertThat(Totp.matchingStep(secret, "12345", now, -1)).isEmpty();
    assertThat(Totp.matchingStep(secret, "abcdef", now, -1)).isEmpty();
  }

  @Test
  void provisioningUriNamesIssuerAccountAndSecret() {
    assertThat(Totp.provisioningUri("PackNum", "marie.dupont", "ABC234"))
        .startsWith("otpauth://totp/PackNum%3Amarie.dupont?secret=ABC234&issuer=PackNum")
        .contains("digits=6", "period=30");
  }
}
