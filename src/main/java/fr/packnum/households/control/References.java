package fr.packnum.households.control;

import java.security.SecureRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Pseudonymous references people can read on the phone: a letter for the kind ("F" foyer, "P" pack
 * request), then six characters without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). They say
 * nothing about the household and are not sequential, so they do not give away volumes either.
 */
public final class References {

  static final String ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
  static final int LENGTH = 6;
  private static final RandomGenerator RANDOM = new SecureRandom();

  private References() {}

  /** A household reference that {@code taken} does not know yet. */
  public static String household(Predicate<String> taken) {
    return unused('F', taken);
  }

  /** A pack request reference that {@code taken} does not know yet. */
  public static String request(Predicate<String> taken) {
    return unused('P', taken);
  }

  private static String unused(char kind, Predicate<String> taken) {
    String reference;
    do {
      reference = next(kind, RANDOM);
    } while (taken.test(reference));
    return reference;
  }

  static String next(char kind, RandomGenerator random) {
    StringBuilder reference = new StringBuilder(LENGTH + 2).append(kind).append('-');
    for (int i = 0; i < LENGTH; i++) {
      reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return reference.toString();
  }
}
