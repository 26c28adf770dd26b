package fr.packnum.matching.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a request got this device, or none: the structured reasons and the same rendered in French
 * and English, e.g. "2 enfants scolarisés, recherche d'emploi ; portable avec webcam ; grade A".
 */
public record Explanation(List<Reason> reasons, String french, String english) {

  public Explanation {
    reasons = List.copyOf(reasons);
  }

  static Explanation of(List<Reason> reasons) {
    return new Explanation(
        reasons, render(reasons, Wording.FRENCH), render(reasons, Wording.ENGLISH));
  }

  /** Parts are separated by " ; " and reasons within a part by ", ". */
  private static String render(List<Reason> reasons, Locale locale) {
    List<String> parts = new ArrayList<>();
    for (Wording.Part part : Wording.Part.values()) {
      List<String> texts =
          reasons.stream()
              .filter(r -> r.wording().part() == part)
              .map(r -> r.render(locale))
              .toList();
      if (texts.isEmpty()) {
        continue;
      }
      if (part == Wording.Part.DEVICE && texts.size() > 1) {
        // The device type first, then what it has: "portable avec webcam, clavier AZERTY".
        String with = locale.getLanguage().equals("fr") ? " avec " : " with ";
        parts.add(texts.get(0) + with + String.join(", ", texts.subList(1, texts.size())));
      } else {
        parts.add(texts.stream().collect(Collectors.joining(", ")));
      }
    }
    return String.join(separator(locale), parts);
  }

  /** French typography puts a space before the semicolon. */
  private static String separator(Locale locale) {
    return locale.getLanguage().equals("fr") ? " ; " : "; ";
  }
}
