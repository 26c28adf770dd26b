package fr.packnum.workshop.control;

import fr.packnum.platform.control.Messages;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.KeyboardLayout;
import fr.packnum.workshop.entity.StorageKind;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words donors write in an inventory, in French and English, and what they mean. Words are
 * compared through {@link #key(String)}, so "Tout-en-un", "tout en un" and "ALL_IN_ONE" are one.
 * The first French and English words of each value are the ones the template offers.
 */
final class InventoryValues {

  private static final Map<String, DeviceType> TYPES = new HashMap<>();
  private static final Map<String, StorageKind> STORAGE_KINDS = new HashMap<>();
  private static final Map<String, KeyboardLayout> KEYBOARDS = new HashMap<>();
  private static final Map<String, Boolean> YES_NO = new HashMap<>();
  private static final Map<DeviceType, List<String>> TYPE_LABELS = new EnumMap<>(DeviceType.class);
  private static final Map<StorageKind, List<String>> STORAGE_LABELS =
      new EnumMap<>(StorageKind.class);
  private static final Map<KeyboardLayout, List<String>> KEYBOARD_LABELS =
      new EnumMap<>(KeyboardLayout.class);

  /** Units accepted after a number of gigabytes; a "To" (terabyte) is 1000 Go. */
  static final List<String> GIGA_OR_TERA =
      List.of("go", "gb", "g", "gio", "gib", "to", "tb", "t", "tio", "tib");

  private static final List<String> TERA = List.of("to", "tb", "t", "tio", "tib");

  /** Units accepted after a screen size (a '"' is read as "in"). */
  static final List<String> INCHES = List.of("in", "inch", "inches", "pouce", "pouces", "po");

  /** Units of a weight in kilograms, the unit a weight without one is read in. */
  static final List<String> KILOGRAMS =
      List.of("kg", "kgs", "kilo", "kilos", "kilogramme", "kilogrammes", "kilogram", "kilograms");

  /** Units of a weight in grams ("1 800 g"). */
  static final List<String> GRAMS = List.of("g", "gr", "grs", "gramme", "grammes", "gram", "grams");

  /** Unit of a percentage ("%", read as "pct"). */
  static final List<String> PERCENT = List.of("pct");

  private static final Pattern NUMBER =
      Pattern.compile("([+-]?[0-9.,]*[0-9][0-9.,]*(?:[eE][+-]?[0-9]+)?)(\\p{L}*|%|\"|″|'')\\.?");
  private static final Pattern GROUPED =
      Pattern.compile("[+-]?[1-9][0-9]{0,2}([.,])[0-9]{3}(\\1[0-9]{3})*");

  static {
    // French label, English label, then other spellings met in donors' files.
    type(
        DeviceType.LAPTOP,
        "portable",
        "laptop",
        "ordinateur portable",
        "PC portable",
        "ordi portable",
        "notebook",
        "netbook",
        "ultrabook");
    type(
        DeviceType.DESKTOP,
        "fixe",
        "desktop",
        "tour",
        "ordinateur fixe",
        "PC fixe",
        "unité centrale",
        "UC",
        "tower");
    type(DeviceType.ALL_IN_ONE, "tout-en-un", "all-in-one", "AIO");
    type(DeviceType.TABLET, "tablette", "tablet");
    type(DeviceType.SMARTPHONE, "smartphone", "smartphone", "téléphone", "mobile", "phone");
    type(DeviceType.SCREEN, "écran", "screen", "moniteur", "monitor");
    type(DeviceType.BOX_4G, "box 4G", "4G box", "routeur 4G", "4G router", "box");
    type(DeviceType.OTHER, "autre", "other");

    storage(StorageKind.HDD, "HDD", "HDD", "disque dur", "hard disk", "hard drive", "mécanique");
    storage(StorageKind.SSD, "SSD", "SSD", "SSD SATA");
    storage(StorageKind.NVME, "NVMe", "NVMe", "SSD NVMe", "M.2 NVMe", "NVMe SSD");
    storage(StorageKind.EMMC, "eMMC", "eMMC");
    storage(StorageKind.OTHER, "autre", "other");

    keyboard(KeyboardLayout.AZERTY_FR, "AZERTY", "AZERTY (FR)", "AZERTY FR", "français", "FR");
    keyboard(KeyboardLayout.AZERTY_BE, "AZERTY BE", "AZERTY (BE)", "AZERTY belge", "belge", "BE");
    keyboard(KeyboardLayout.QWERTY_US, "QWERTY US", "QWERTY (US)", "QWERTY", "US");
    keyboard(KeyboardLayout.QWERTY_UK, "QWERTY UK", "QWERTY (UK)", "QWERTY GB", "UK", "GB");
    keyboard(KeyboardLayout.QWERTZ_DE, "QWERTZ", "QWERTZ (DE)", "QWERTZ DE", "allemand", "DE");
    keyboard(KeyboardLayout.QWERTZ_CH, "QWERTZ CH", "QWERTZ (CH)", "suisse", "CH");
    keyboard(KeyboardLayout.BEPO, "BÉPO", "BEPO");
    keyboard(KeyboardLayout.OTHER, "autre", "other");

    for (String yes : List.of("oui", "yes", "o", "y", "1", "x", "vrai", "true")) {
      YES_NO.put(key(yes), Boolean.TRUE);
    }
    for (String no : List.of("non", "no", "n", "0", "faux", "false")) {
      YES_NO.put(key(no), Boolean.FALSE);
    }
  }

  private InventoryValues() {}

  private static void type(DeviceType type, String... words) {
    register(TYPES, TYPE_LABELS, type, words);
  }

  private static void storage(StorageKind kind, String... words) {
    register(STORAGE_KINDS, STORAGE_LABELS, kind, words);
  }

  private static void keyboard(KeyboardLayout layout, String... words) {
    register(KEYBOARDS, KEYBOARD_LABELS, layout, words);
  }

  private static <E extends Enum<E>> void register(
      Map<String, E> byKey, Map<E, List<String>> labels, E value, String... words) {
    for (String word : words) {
      E before = byKey.put(key(word), value);
      if (before != null && before != value) {
        throw new IllegalStateException(word + " means both " + before + " and " + value);
      }
    }
    byKey.put(key(value.name()), value);
    labels.putIfAbsent(value, List.of(words[0], words[1]));
  }

  /**
   * A word reduced to what matters when comparing: lower-case letters and digits, accents and
   * ligatures folded, everything else dropped ("N° de série" → "ndeserie").
   */
  static String key(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replace("œ", "oe")
            .replace("Œ", "oe")
            .replace("æ", "ae")
            .replace("Æ", "ae")
            .replace("ß", "ss")
            .toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /**
   * A cell's text with surrounding spaces removed (no-break spaces included), or {@code null} if
   * nothing is left.
   */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return start == end ? null : text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  static DeviceType deviceType(String text) {
    return TYPES.get(key(text));
  }

  static StorageKind storageKind(String text) {
    return STORAGE_KINDS.get(key(text));
  }

  static KeyboardLayout keyboardLayout(String text) {
    return KEYBOARDS.get(key(text));
  }

  static Boolean yesNo(String text) {
    return YES_NO.get(key(text));
  }

  /** The words the template offers for each value, in the given language. */
  static List<String> typeLabels(Locale locale) {
    return labels(TYPE_LABELS, locale);
  }

  static List<String> storageKindLabels(Locale locale) {
    return labels(STORAGE_LABELS, locale);
  }

  static List<String> keyboardLabels(Locale locale) {
    return labels(KEYBOARD_LABELS, locale);
  }

  static List<String> yesNoLabels(Locale locale) {
    return english(locale) ? List.of("yes", "no") : List.of("oui", "non");
  }

  private static <E extends Enum<E>> List<String> labels(
      Map<E, List<String>> labels, Locale locale) {
    int index = english(locale) ? 1 : 0;
    return labels.values().stream().map(words -> words.get(index)).toList();
  }

  private static boolean english(Locale locale) {
    return Messages.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  /**
   * A weight in grams: "1,8 kg", "1,8" (kilograms when no unit is written) or "1 800 g". {@code
   * null} if the text is no weight.
   */
  static BigDecimal grams(String text) {
    BigDecimal kilograms = number(text, KILOGRAMS);
    if (kilograms != null) {
      return kilograms.multiply(BigDecimal.valueOf(1000));
    }
    return number(text, GRAMS);
  }

  /**
   * A number as donors write it: "15,6" or "15.6", "1 000" or "1,000" (grouped thousands), an
   * optional unit after it ("8 Go", "1 To", "15,6 pouces", "85 %"). Units of a thousand gigabytes
   * (To, TB) multiply by 1000. {@code null} if the text is no number or has an unknown unit.
   */
  static BigDecimal number(String text, List<String> units) {
    String compact = text.replaceAll("[\\s\\u00A0\\u2007\\u202F]", "");
    Matcher matcher = NUMBER.matcher(compact);
    if (!matcher.matches()) {
      return null;
    }
    String unit =
        switch (matcher.group(2)) {
          case "%" -> "pct";
          case "\"", "″", "''" -> "in";
          default -> key(matcher.group(2));
        };
    if (!unit.isEmpty() && !units.contains(unit)) {
      return null;
    }
    String digits = matcher.group(1);
    int comma = digits.lastIndexOf(',');
    int dot = digits.lastIndexOf('.');
    String plain;
    if (GROUPED.matcher(digits).matches()) {
      // "1 000" written "1.000" or "1,000": a decimal part of exactly three digits is unlikely
      plain = digits.replace(",", "").replace(".", "");
    } else if (comma >= 0 && dot >= 0) {
      // "1,000.5" or "1.000,5": the last separator is the decimal one
      char grouping = comma < dot ? ',' : '.';
      plain = digits.replace(String.valueOf(grouping), "").replace(',', '.');
    } else {
      plain = digits.replace(',', '.');
    }
    try {
      BigDecimal value = new BigDecimal(plain);
      return TERA.contains(unit) ? value.multiply(BigDecimal.valueOf(1000)) : value;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
