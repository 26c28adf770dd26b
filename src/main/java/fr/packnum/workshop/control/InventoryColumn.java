package fr.packnum.workshop.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a donor's inventory and the header names they are recognised by, in French and
 * English. Names are compared through {@link InventoryValues#key(String)}: case, accents, spaces
 * and punctuation do not count, so "N° de série", "Numéro de série" and "SERIAL NUMBER" all name
 * {@link #SERIAL}. The template's header is {@code inventory.column.<id>} in the workshop bundle.
 */
enum InventoryColumn {
  TYPE(
      "type",
      true,
      0,
      "type",
      "typedappareil",
      "typeappareil",
      "typedemateriel",
      "categorie",
      "devicetype",
      "category"),
  BRAND(
      "brand", false, 100, "marque", "fabricant", "constructeur", "brand", "manufacturer", "make"),
  MODEL("model", false, 200, "modele", "model", "designation"),
  SERIAL(
      "serial",
      true,
      100,
      "numerodeserie",
      "numeroserie",
      "ndeserie",
      "nodeserie",
      "nserie",
      "numserie",
      "serie",
      "serialnumber",
      "serialno",
      "serial",
      "sn"),
  CPU("cpu", false, 200, "processeur", "cpu", "processor"),
  RAM_GB(
      "ram",
      0,
      1024,
      "ramgo",
      "ram",
      "memoire",
      "memoirego",
      "memoirevive",
      "memoirevivego",
      "ramgb",
      "memory",
      "memorygb"),
  STORAGE_GB(
      "storage",
      0,
      100_000,
      "stockagego",
      "stockage",
      "disquego",
      "capacitego",
      "capacite",
      "storagegb",
      "storage",
      "storagesize",
      "storagesizegb",
      "disque",
      "disques",
      "capacitedisque",
      "capacitedestockage",
      "disk",
      "disks",
      "drive",
      "drives"),
  STORAGE_KIND(
      "storage-kind",
      false,
      0,
      "typedestockage",
      "typestockage",
      "typededisque",
      "typedisque",
      "storagetype",
      "storagekind",
      "drivetype"),
  STORAGE_SERIAL(
      "storage-serial",
      false,
      100,
      "ndeseriedudisque",
      "nodeseriedudisque",
      "numerodeseriedudisque",
      "seriedudisque",
      "ndeseriedisque",
      "driveserial",
      "driveserialnumber",
      "storageserial",
      "diskserial"),
  SCREEN_INCHES(
      "screen",
      5,
      100,
      "ecranpouces",
      "ecran",
      "tailledecran",
      "tailleecran",
      "tailledelecran",
      "diagonale",
      "screeninches",
      "screen",
      "screensize",
      "screensizeinches"),
  BATTERY_PERCENT(
      "battery",
      0,
      100,
      "batterie",
      "etatdelabatterie",
      "santedelabatterie",
      "santebatterie",
      "batteryhealth",
      "battery"),
  WEBCAM("webcam", false, 0, "webcam", "camera"),
  KEYBOARD(
      "keyboard",
      false,
      0,
      "clavier",
      "dispositionduclavier",
      "dispositionclavier",
      "keyboardlayout",
      "keyboard"),
  NOTES(
      "notes",
      false,
      2000,
      "remarques",
      "remarque",
      "commentaires",
      "commentaire",
      "observations",
      "notes",
      "note",
      "comments",
      "comment"),
  /** Grams; a number without a unit is in kilograms, as inventories write weights. */
  WEIGHT_GRAMS(
      "weight", 50, 50_000, "poids", "poidskg", "poidsenkg", "masse", "weight", "weightkg");

  private static final Map<String, InventoryColumn> BY_NAME = new HashMap<>();

  static {
    for (InventoryColumn column : values()) {
      for (String name : column.names) {
        if (BY_NAME.put(name, column) != null) {
          throw new IllegalStateException("Header name " + name + " names two columns");
        }
      }
    }
  }

  private final String id;
  private final boolean required;
  private final int maxLength;
  private final int min;
  private final int max;
  private final List<String> names;

  /** A text column, or a column of known words when {@code maxLength} is 0. */
  InventoryColumn(String id, boolean required, int maxLength, String... names) {
    this(id, required, maxLength, 0, 0, names);
  }

  /** A numeric column and its bounds, both included. */
  InventoryColumn(String id, int min, int max, String... names) {
    this(id, false, 0, min, max, names);
  }

  private InventoryColumn(
      String id, boolean required, int maxLength, int min, int max, String... names) {
    this.id = id;
    this.required = required;
    this.maxLength = maxLength;
    this.min = min;
    this.max = max;
    this.names = List.of(names);
  }

  /**
   * The column a header cell names, or {@code null} for a column this import does not know. Drive
   * columns may be numbered ("Disque 1", "Disque 2", "Type de disque 2").
   */
  static InventoryColumn named(String header) {
    if (header == null) {
      return null;
    }
    String key = InventoryValues.key(header);
    InventoryColumn column = BY_NAME.get(key);
    if (column == null) {
      column = BY_NAME.get(key.replaceAll("[0-9]+", ""));
      return column != null && column.repeatable() ? column : null;
    }
    return column;
  }

  /** Whether the column may appear several times, one per drive; the values are then joined. */
  boolean repeatable() {
    return this == STORAGE_GB || this == STORAGE_KIND || this == STORAGE_SERIAL;
  }

  /** Key suffix of the column's texts in the workshop bundle ({@code inventory.column.<id>}). */
  String id() {
    return id;
  }

  boolean required() {
    return required;
  }

  /** Longest text accepted in a free-text column; 0 for the others. */
  int maxLength() {
    return maxLength;
  }

  /** Smallest value of a numeric column. */
  int min() {
    return min;
  }

  /** Largest value of a numeric column. */
  int max() {
    return max;
  }
}
