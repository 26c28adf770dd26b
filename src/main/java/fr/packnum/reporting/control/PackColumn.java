package fr.packnum.reporting.control;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * The columns of a statement's pack rows, in order — the contract with partners ({@link PackRow}):
 * the same in the "Packs" sheet, in the CSV file and on the "À propos" sheet, which prints each
 * label with its definition.
 */
public enum PackColumn {
  HOUSEHOLD(
      "Référence du foyer",
      "Référence pseudonyme du foyer (jamais un nom)",
      18,
      PackRow::householdReference),
  INSEE_CODE("Code INSEE", "Code officiel de la commune du foyer (INSEE)", 11, PackRow::inseeCode),
  COMMUNE("Commune", "Commune du foyer", 22, PackRow::commune),
  QPV(
      "QPV",
      "Oui si le foyer habite un quartier prioritaire de la politique de la ville",
      6,
      row -> row.inQpv() ? "Oui" : "Non"),
  SITUATIONS(
      "Situations",
      "Catégories de situation du foyer (RSA, AAH, ASS, ASPA, CSS, …)",
      20,
      PackRow::situations),
  DEVICE_TAG(
      "Étiquette appareil", "Étiquette d'inventaire de l'appareil remis", 16, PackRow::deviceTag),
  DEVICE_TYPE("Type d'appareil", "Portable, fixe, tablette, smartphone…", 16, PackRow::deviceType),
  GRADE("Grade", "Grade de reconditionnement (A, B, C)", 7, PackRow::grade),
  OFFER_KIND(
      "Offre de connexion",
      "Type d'offre internet (box fixe, box 4G, carte SIM, recharge), vide sans offre",
      18,
      PackRow::offerKind),
  SUPPORT_STATUS("Suivi", "Où en est l'accompagnement du foyer", 16, PackRow::supportStatus),
  REQUESTED_ON("Demandé le", "Jour de la demande de pack", 12, PackRow::requestedOn),
  DECIDED_ON("Décidé le", "Jour de la décision d'éligibilité", 12, PackRow::decidedOn),
  HANDED_OVER_ON("Remis le", "Jour de la remise du pack", 12, PackRow::handedOverOn),
  LAST_FOLLOW_UP_ON(
      "Dernier suivi le", "Jour du dernier appel ou atelier de suivi", 14, PackRow::lastFollowUpOn);

  private final String label;
  private final String definition;
  private final int width;
  private final Function<PackRow, Object> value;

  PackColumn(String label, String definition, int width, Function<PackRow, Object> value) {
    this.label = label;
    this.definition = definition;
    this.width = width;
    this.value = value;
  }

  /** The French header. */
  public String label() {
    return label;
  }

  /** What the column holds, for the "À propos" sheet. */
  public String definition() {
    return definition;
  }

  /** A width in characters that fits the header and a usual value. */
  int width() {
    return width;
  }

  /** Whether the column holds days ({@link LocalDate}, possibly {@code null}). */
  public boolean isDate() {
    return ordinal() >= REQUESTED_ON.ordinal();
  }

  /** The row's text for a text column. */
  public String text(PackRow row) {
    return (String) value.apply(row);
  }

  /** The row's day for a date column. */
  public LocalDate date(PackRow row) {
    return (LocalDate) value.apply(row);
  }
}
