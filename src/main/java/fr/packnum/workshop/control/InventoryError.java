package fr.packnum.workshop.control;

import java.util.List;

/**
 * A refused line of an inventory: its number, the column (the header as written in the file, or
 * {@code null} when the error concerns no single column) and a message key of the workshop bundle
 * with its arguments. Arguments are values read from the file, never personal data of the donor.
 */
public record InventoryError(int line, String column, String messageKey, List<String> arguments) {

  public InventoryError {
    arguments = List.copyOf(arguments);
  }
}
