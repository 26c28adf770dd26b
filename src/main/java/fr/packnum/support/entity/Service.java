package fr.packnum.support.entity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The services a support place offers, the closed list of the national standard ("services" of the
 * "lieux de médiation numérique" schema), each with its wording in the standard, which is also how
 * the column stores it.
 */
public enum Service {
  ADMINISTRATIVE_PROCEDURES("Aide aux démarches administratives"),
  EVERYDAY_TOOLS("Maîtrise des outils numériques du quotidien"),
  JOB_SEARCH("Insertion professionnelle via le numérique"),
  SAFE_USE("Utilisation sécurisée du numérique"),
  PARENTING("Parentalité et éducation avec le numérique"),
  LEISURE("Loisirs et créations numériques"),
  UNDERSTANDING("Compréhension du monde numérique"),
  INTERNET_ACCESS("Accès internet et matériel informatique"),
  AFFORDABLE_EQUIPMENT("Acquisition de matériel informatique à prix solidaire");

  private final String label;

  Service(String label) {
    this.label = label;
  }

  /** The standard's wording: "Aide aux démarches administratives". */
  public String label() {
    return label;
  }

  /**
   * The service a file names, case and accents aside: the standard's own description once wrote
   * "Comprehension" where its list says "Compréhension".
   */
  public static Optional<Service> fromLabel(String text) {
    String wanted = plain(text);
    return Arrays.stream(values()).filter(s -> plain(s.label).equals(wanted)).findFirst();
  }

  private static String plain(String text) {
    return text == null
        ? ""
        : Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ")
            .strip();
  }
}
