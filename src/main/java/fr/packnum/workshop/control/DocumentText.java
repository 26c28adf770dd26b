package fr.packnum.workshop.control;

import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.StorageKind;
import java.util.Locale;

/**
 * The fixed texts of the workshop's printed documents, French first and English on request. They
 * are few and belong to the layout, so they live here rather than in a message bundle.
 */
enum DocumentText {
  CERTIFICATE_TITLE("Certificat d'effacement des données", "Data erasure certificate"),
  WORKSHOP("Atelier", "Workshop"),
  DONOR("Donateur", "Donor"),
  DONATION("Don", "Donation"),
  ISSUED_AT("Émis le", "Issued on"),
  VERIFICATION_CODE("Code de vérification", "Verification code"),
  VERIFY_AT("Vérifiable sur", "Check it at"),
  SCAN_TO_VERIFY("Scannez pour vérifier", "Scan to verify"),
  STATEMENT(
      "L'atelier certifie que les données de chaque support de stockage des appareils ci-dessous"
          + " ont été effacées selon la méthode et la norme indiquées, et que le résultat a été"
          + " contrôlé lorsque la colonne « Vérifié » l'indique. Les appareils sans support de"
          + " stockage sont signalés avec le motif de l'exemption.",
      "The workshop certifies that the data on every storage drive of the devices below was"
          + " erased with the stated method and standard, and that the result was checked where"
          + " the \u201cVerified\u201d column says so. Devices without storage are listed with the"
          + " reason for the exemption."),
  DEVICES_ONE("%d appareil", "%d device"),
  DEVICES_MANY("%d appareils", "%d devices"),
  DRIVES_ONE("%d support de stockage effacé", "%d drive erased"),
  DRIVES_MANY("%d supports de stockage effacés", "%d drives erased"),
  DRIVE_SERIAL("N° de série du support", "Drive serial number"),
  DRIVE_KIND("Type", "Type"),
  METHOD("Méthode", "Method"),
  STANDARD("Norme", "Standard"),
  TOOL("Outil", "Tool"),
  PASSES("Passes", "Passes"),
  VERIFIED("Vérifié", "Verified"),
  RESULT("Résultat", "Result"),
  DATE("Date", "Date"),
  TECHNICIAN("Technicien", "Technician"),
  YES("oui", "yes"),
  NO("non", "no"),
  GIGABYTES("%d\u00a0Go", "%d\u00a0GB"),
  DEVICE_SERIAL("N° de série\u00a0: %s", "Serial no.\u00a0%s"),
  NO_STORAGE("Sans support de stockage \u2014 %s", "No storage \u2014 %s"),
  CONTINUED("(suite)", "(continued)"),
  PAGE("Page %d / %d", "Page %d / %d"),
  LAPTOP("Ordinateur portable", "Laptop"),
  DESKTOP("Ordinateur de bureau", "Desktop computer"),
  ALL_IN_ONE("Ordinateur tout-en-un", "All-in-one computer"),
  TABLET("Tablette", "Tablet"),
  SMARTPHONE("Smartphone", "Smartphone"),
  SCREEN("Écran", "Screen"),
  BOX_4G("Box 4G", "4G router"),
  OTHER("Autre", "Other");

  /** Printed where a value was not recorded. */
  static final String MISSING = "\u2014";

  private final String french;
  private final String english;

  DocumentText(String french, String english) {
    this.french = french;
    this.english = english;
  }

  /** English when asked for, French otherwise (also for a {@code null} locale). */
  static boolean english(Locale locale) {
    return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  /** French sets a space before a colon, English does not. */
  static String colon(Locale locale) {
    return english(locale) ? ": " : "\u00a0: ";
  }

  String in(Locale locale, Object... args) {
    String pattern = english(locale) ? english : french;
    return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
  }

  /** "1 appareil", "3 appareils"; French treats 0 as singular, English does not. */
  static String count(long n, DocumentText one, DocumentText many, Locale locale) {
    boolean singular = english(locale) ? n == 1 : n <= 1;
    return (singular ? one : many).in(locale, n);
  }

  /** A device type's name in the document's language; text that is not a type stays as is. */
  static String deviceType(String type, Locale locale) {
    if (type == null || type.isBlank()) {
      return MISSING;
    }
    DeviceType known;
    try {
      known = DeviceType.valueOf(type.strip());
    } catch (IllegalArgumentException freeText) {
      return type;
    }
    return switch (known) {
      case LAPTOP -> LAPTOP.in(locale);
      case DESKTOP -> DESKTOP.in(locale);
      case ALL_IN_ONE -> ALL_IN_ONE.in(locale);
      case TABLET -> TABLET.in(locale);
      case SMARTPHONE -> SMARTPHONE.in(locale);
      case SCREEN -> SCREEN.in(locale);
      case BOX_4G -> BOX_4G.in(locale);
      case OTHER -> OTHER.in(locale);
    };
  }

  /** "SSD", "NVMe", "eMMC", … with the size when known: "SSD 256 Go". */
  static String storage(String kind, Integer sizeGb, Locale locale) {
    String name = kind == null || kind.isBlank() ? "" : storageKind(kind.strip());
    String size = sizeGb == null ? "" : GIGABYTES.in(locale, sizeGb);
    String both = (name + " " + size).strip();
    return both.isEmpty() ? MISSING : both;
  }

  private static String storageKind(String kind) {
    StorageKind known;
    try {
      known = StorageKind.valueOf(kind);
    } catch (IllegalArgumentException freeText) {
      return kind;
    }
    return switch (known) {
      case HDD -> "HDD";
      case SSD -> "SSD";
      case NVME -> "NVMe";
      case EMMC -> "eMMC";
      case OTHER -> "";
    };
  }
}
