package fr.packnum.territory.entity;

import java.util.regex.Pattern;

/**
 * A commune's INSEE code ("code officiel géographique"): five characters, digits except Corsica's
 * 2A/2B département prefix. Not the postal code.
 */
public record InseeCode(String value) {

  public static final String PATTERN = "^(?:[0-9]{2}|2[AB])[0-9]{3}$";
  private static final Pattern VALID = Pattern.compile(PATTERN);

  public InseeCode {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("Not an INSEE commune code");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
