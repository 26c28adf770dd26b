package fr.packnum.workshop.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * A device's asset tag, printed on its label and typed or scanned at every step: {@code
 * PN-XXXXX-C}, five Crockford Base32 characters and a check character (Luhn mod 32). It encodes the
 * device id, scrambled by a fixed odd multiplier so that neighbouring devices do not get
 * near-identical tags. Typing is forgiving (case, missing dashes, O for 0, I or L for 1); a
 * mistyped tag fails its check instead of opening another device.
 */
public record AssetTag(long deviceId) {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int LENGTH = 5;
  static final long SPACE = 1L << (5 * LENGTH);

  /** Odd, so multiplication modulo 2^25 is a bijection; INVERSE is its inverse modulo 2^25. */
  static final long MULTIPLIER = 0x1A3B5D7L;

  static final long INVERSE = inverse(MULTIPLIER);

  public AssetTag {
    if (deviceId < 0 || deviceId >= SPACE) {
      throw new IllegalArgumentException("Device id outside the asset tag space");
    }
  }

  /** The printed form, e.g. {@code PN-7K3QD-M}. */
  public String value() {
    long scrambled = (deviceId * MULTIPLIER) % SPACE;
    char[] body = new char[LENGTH];
    for (int i = LENGTH - 1; i >= 0; i--) {
      body[i] = ALPHABET.charAt((int) (scrambled & 31));
      scrambled >>= 5;
    }
    String digits = new String(body);
    return "PN-" + digits + "-" + checkCharacter(digits);
  }

  /** Reads a typed or scanned tag; empty when it is malformed or its check character is wrong. */
  public static Optional<AssetTag> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String clean =
        typed
            .strip()
            .toUpperCase(Locale.ROOT)
            .replaceAll("[\\s-]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    if (clean.startsWith("PN")) {
      clean = clean.substring(2);
    }
    if (clean.length() != LENGTH + 1) {
      return Optional.empty();
    }
    String digits = clean.substring(0, LENGTH);
    long scrambled = 0;
    for (char c : digits.toCharArray()) {
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        return Optional.empty();
      }
      scrambled = (scrambled << 5) | value;
    }
    if (checkCharacter(digits) != clean.charAt(LENGTH)) {
      return Optional.empty();
    }
    return Optional.of(new AssetTag((scrambled * INVERSE) % SPACE));
  }

  /** Luhn mod N over the Base32 alphabet: catches any single wrong character and most swaps. */
  static char checkCharacter(String digits) {
    int factor = 2;
    int sum = 0;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int addend = factor * ALPHABET.indexOf(digits.charAt(i));
      factor = factor == 2 ? 1 : 2;
      sum += addend / 32 + addend % 32;
    }
    return ALPHABET.charAt((32 - sum % 32) % 32);
  }

  private static long inverse(long odd) {
    long x = 1;
    for (int i = 0; i < 5; i++) {
      x = (x * (2 - odd * x)) % SPACE; // Newton's iteration doubles the correct low bits each time
    }
    return Math.floorMod(x, SPACE);
  }

  @Override
  public String toString() {
    return value();
  }
}
