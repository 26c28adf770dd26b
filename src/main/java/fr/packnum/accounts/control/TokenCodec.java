package fr.packnum.accounts.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens: 256 random bits behind a recognisable {@code pnk_} prefix (secret scanners and people
 * can spot a leaked one). They are random, so a plain SHA-256 is enough to store them.
 */
public final class TokenCodec {

  public static final String PREFIX = "pnk_";
  static final int PREFIX_SHOWN = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenCodec() {}

  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** What is shown of a token after creation. */
  public static String visiblePrefix(String token) {
    return token.substring(0, Math.min(PREFIX_SHOWN, token.length()));
  }

  public static boolean looksLikeToken(String token) {
    return token != null && token.startsWith(PREFIX) && token.length() == PREFIX.length() + 43;
  }
}
