package fr.packnum.households.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) of who a household is — the contact's name and phone number — so that
 * the same household referred by two structures is recognised without either seeing the other's
 * file. Without the key, the hash cannot be recomputed from a list of names and numbers.
 *
 * <p>Both are normalised first: case, accents, punctuation and the order of the names do not matter
 * ("Diallo Awa" = "awa DIALLO"), and a French number matches in its national and international
 * forms (06 12 34 56 78 = +33 6 12 34 56 78).
 */
public final class IdentityHash {

  private final SecretKeySpec key;

  public IdentityHash(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("An identity key has at least 256 bits");
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  public String of(String name, String phone) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest =
          mac.doFinal((name(name) + "|" + phone(phone)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
    }
  }

  static String name(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    return Arrays.stream(plain.split(" ")).sorted().collect(Collectors.joining(" "));
  }

  static String phone(String phone) {
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.startsWith("0033")) {
      digits = digits.substring(4);
    } else if (digits.startsWith("33") && digits.length() == 11) {
      digits = digits.substring(2);
    }
    return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
  }
}
