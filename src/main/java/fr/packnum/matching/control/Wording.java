package fr.packnum.matching.control;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The sentences of an explanation, French first, as {@link MessageFormat} patterns (hence the
 * doubled apostrophes). Each belongs to a part of the explanation: why the request ranks where it
 * does, what device it gets and how well it fits, or why it gets none.
 */
public enum Wording {
  SCHOOL_CHILDREN(
      Part.PRIORITY,
      "{0,choice,1#1 enfant scolarisé|1<{0} enfants scolarisés}",
      "{0,choice,1#1 school-age child|1<{0} school-age children}"),
  JOB_SEARCH(Part.PRIORITY, "recherche d''emploi", "job search"),
  URGENT(Part.PRIORITY, "urgence motivée", "urgent, with a reason"),
  NO_CONNECTIVITY(Part.PRIORITY, "sans connexion internet", "no internet connection"),
  MOBILE_ONLY(Part.PRIORITY, "connexion mobile seulement", "mobile connection only"),
  QPV(
      Part.PRIORITY,
      "habite un quartier prioritaire (QPV)",
      "lives in a priority neighbourhood (QPV)"),
  WAITING(
      Part.PRIORITY,
      "{0,choice,0#en attente depuis aujourd''hui|1#1 jour d''attente|1<{0} jours d''attente}",
      "{0,choice,0#waiting since today|1#1 day waiting|1<{0} days waiting}"),
  HOUSEHOLD(
      Part.PRIORITY,
      "{0,choice,1#personne seule|1<foyer de {0} personnes}",
      "{0,choice,1#single person|1<household of {0}}"),

  LAPTOP(Part.DEVICE, "portable", "laptop"),
  DESKTOP(Part.DEVICE, "ordinateur fixe", "desktop"),
  ALL_IN_ONE(Part.DEVICE, "tout-en-un", "all-in-one"),
  TABLET(Part.DEVICE, "tablette", "tablet"),
  WITH_WEBCAM(Part.DEVICE, "webcam", "webcam"),
  WITH_AZERTY_KEYBOARD(Part.DEVICE, "clavier AZERTY", "AZERTY keyboard"),
  WITH_SCREEN(Part.DEVICE, "écran {0} pouces", "{0}-inch screen"),
  WITH_BATTERY(Part.DEVICE, "batterie à {0} %", "battery at {0}%"),
  WITH_WEIGHT(Part.DEVICE, "{0} g", "{0} g"),

  GRADE(Part.FIT, "grade {0}", "grade {0}"),
  RAM(Part.FIT, "{0} Go de RAM", "{0} GB RAM"),
  WEBCAM_FOR_CALLS(Part.FIT, "webcam pour les appels vidéo", "webcam for video calls"),

  NO_DEVICE_READY(Part.UNMATCHED, "aucun appareil prêt en stock", "no ready device in stock"),
  NO_COMPATIBLE_DEVICE(
      Part.UNMATCHED,
      "aucun appareil compatible en stock ; {2,choice,1#le seul appareil prêt est exclu|1<{1} des"
          + " {2} appareils prêts sont exclus} par : {0}",
      "no compatible device in stock; {2,choice,1#the only ready device is excluded|1<{1} of the"
          + " {2} ready devices are excluded} by: {0}"),
  OUTRANKED(
      Part.UNMATCHED,
      "{0,choice,1#le seul appareil compatible va|1<les {0} appareils compatibles vont} à des"
          + " demandes plus prioritaires ; la moins prioritaire a {1} points de plus",
      "{0,choice,1#the only compatible device goes|1<the {0} compatible devices go} to requests"
          + " with a higher priority; the lowest of them has {1} more points"),
  OUTRANKED_AT_EQUAL_PRIORITY(
      Part.UNMATCHED,
      "{0,choice,1#le seul appareil compatible va|1<les {0} appareils compatibles vont} à des"
          + " demandes de priorité égale ou plus haute, départagées par l''adéquation des"
          + " appareils puis par l''ancienneté",
      "{0,choice,1#the only compatible device goes|1<the {0} compatible devices go} to requests"
          + " with an equal or higher priority; ties are decided by fit, then by age");

  /** The parts of an explanation, in the order they are written. */
  enum Part {
    PRIORITY,
    DEVICE,
    FIT,
    UNMATCHED
  }

  static final Locale FRENCH = Locale.FRANCE;
  static final Locale ENGLISH = Locale.UK;

  private final Part part;
  private final String french;
  private final String english;

  Wording(Part part, String french, String english) {
    this.part = part;
    this.french = french;
    this.english = english;
  }

  Part part() {
    return part;
  }

  String render(Locale locale, Object... arguments) {
    boolean inFrench = locale.getLanguage().equals(FRENCH.getLanguage());
    return new MessageFormat(inFrench ? french : english, locale).format(arguments);
  }
}
