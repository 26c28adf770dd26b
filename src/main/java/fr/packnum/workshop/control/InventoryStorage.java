package fr.packnum.workshop.control;

import fr.packnum.workshop.entity.StorageKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storage cell of an inventory as donors write it: a size ("256", "256 Go", "1 To"), a kind and
 * a size in either order ("SSD 256 Go", "512Go NVMe", "256 GB SSD"), several drives in one cell
 * ("SSD 256 Go + HDD 1 To", "2 x 500 Go", separated by +, /, ; or a comma that is no decimal
 * comma), or a kind alone ("SSD"). A "To" (terabyte) is 1000 Go, as inventories and drive makers
 * count it, not 1024.
 */
final class InventoryStorage {

  /** One drive as the cell describes it; either part may be unknown. */
  record Drive(StorageKind kind, Integer sizeGb) {}

  /** Drives listed in one cell ("2 x 500 Go" is two); more is rubbish, not an inventory. */
  static final int MAX_DRIVES = 16;

  /** Between drives: +, /, ; or a comma that is not between two digits ("1,5 To" is one). */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*(?:[+/;&]|,(?!\\d)|(?<!\\d),|\\bet\\b|\\band\\b)\\s*");

  private static final Pattern COUNT = Pattern.compile("^(\\d{1,2})\\s*[x×*]\\s*(?=\\S)");

  /** A size with its unit; the unit may be glued to the number ("512Go"). */
  private static final Pattern SIZE =
      Pattern.compile(
          "(?<![\\d.,-])(\\d+(?:[.,]\\d+)?)\\s*(go|gb|gio|gib|g|to|tb|tio|tib|t)?(?![\\p{L}\\d])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Set<String> TERA = Set.of("to", "tb", "tio", "tib", "t");

  /** Words that say a drive's kind; the strongest wins ("SSD NVMe" is NVMe). */
  private static final Map<String, StorageKind> KIND_WORDS =
      Map.ofEntries(
          Map.entry("nvme", StorageKind.NVME),
          Map.entry("emmc", StorageKind.EMMC),
          Map.entry("ssd", StorageKind.SSD),
          Map.entry("hdd", StorageKind.HDD),
          Map.entry("sshd", StorageKind.HDD), // a hybrid drive is mechanical: erased as an HDD
          Map.entry("dur", StorageKind.HDD), // "disque dur"
          Map.entry("hard", StorageKind.HDD),
          Map.entry("mecanique", StorageKind.HDD));

  /** Words that say nothing more than "a drive" or its interface. */
  private static final Set<String> NOISE =
      Set.of("disque", "disk", "drive", "sata", "pcie", "de", "interne");

  private InventoryStorage() {}

  /**
   * The drives a storage cell describes, in order, or {@code null} when the text cannot be read as
   * drives (a word that is neither a kind nor a size, an unknown unit such as "Mo", two sizes
   * without a separator, a size that is not a whole number of gigabytes).
   */
  static List<Drive> parse(String text) {
    if (isDigits(text)) {
      // the common case, a plain number of gigabytes, without regular expressions
      return text.length() > 9 ? null : List.of(new Drive(null, Integer.valueOf(text)));
    }
    List<Drive> drives = new ArrayList<>();
    for (String part : SEPARATOR.split(text.strip(), -1)) {
      if (part.isBlank()) {
        return null; // "SSD 256 Go +" or "+ +": a drive is missing
      }
      int count = 1;
      Matcher counted = COUNT.matcher(part);
      if (counted.find()) {
        count = Integer.parseInt(counted.group(1));
        part = part.substring(counted.end());
      }
      Drive drive = drive(part);
      if (drive == null || count < 1 || drives.size() + count > MAX_DRIVES) {
        return null;
      }
      for (int i = 0; i < count; i++) {
        drives.add(drive);
      }
    }
    return drives.isEmpty() ? null : List.copyOf(drives);
  }

  private static Drive drive(String part) {
    // "M.2" is a form factor, not a size
    String text = part.replaceAll("(?i)\\bm\\.?2\\b", " ");
    Integer size = null;
    Matcher sized = SIZE.matcher(text);
    StringBuilder words = new StringBuilder();
    int from = 0;
    while (sized.find()) {
      if (size != null) {
        return null; // two sizes in one drive: a separator is missing
      }
      size = gigabytes(sized.group(1), sized.group(2));
      if (size == null) {
        return null;
      }
      words.append(text, from, sized.start()).append(' ');
      from = sized.end();
    }
    words.append(text.substring(from));
    StorageKind kind = null;
    for (String word : words.toString().split("[\\s\\-_()]+")) {
      String key = InventoryValues.key(word);
      if (key.isEmpty() || NOISE.contains(key)) {
        continue;
      }
      StorageKind meant = KIND_WORDS.get(key);
      if (meant == null) {
        meant = InventoryValues.storageKind(word); // "eMMC", "autre", "other"
      }
      if (meant == null) {
        return null;
      }
      kind = kind == null ? meant : together(kind, meant);
      if (kind == null) {
        return null; // "SSD HDD": two drives without a separator, or a contradiction
      }
    }
    return kind == null && size == null ? null : new Drive(kind, size);
  }

  /** Two words about one drive: the same kind, or "SSD NVMe" (an NVMe drive); null otherwise. */
  private static StorageKind together(StorageKind a, StorageKind b) {
    if (a == b) {
      return a;
    }
    boolean nvme =
        (a == StorageKind.SSD && b == StorageKind.NVME)
            || (a == StorageKind.NVME && b == StorageKind.SSD);
    return nvme ? StorageKind.NVME : null;
  }

  private static Integer gigabytes(String number, String unit) {
    BigDecimal value = new BigDecimal(number.replace(',', '.'));
    if (unit != null && TERA.contains(unit.toLowerCase(Locale.ROOT))) {
      value = value.multiply(BigDecimal.valueOf(1000)); // 1 To = 1000 Go, as drives are sold
    }
    try {
      int gb = value.stripTrailingZeros().intValueExact();
      return gb > InventoryColumn.STORAGE_GB.max() ? null : gb;
    } catch (ArithmeticException notWhole) {
      return null;
    }
  }

  private static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
