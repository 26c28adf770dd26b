package fr.packnum.reporting.control;

/**
 * Formula injection ("CSV injection"): a cell text that starts with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab, a carriage return or a line feed may be read as a formula by a spreadsheet
 * — at once when a CSV file is opened, or when someone edits the cell of an .xlsx file — and a
 * formula may fetch a URL or run a command. Household, donor and commune texts come from people and
 * imported files, so every text a statement writes goes through here.
 *
 * <p>Following OWASP's advice: in CSV such a text is written after a single quote ({@code '+33 6 12
 * 34 56 78} stays readable), and the field is quoted when it holds the separator, so that {@code
 * a;=1+2} stays one field. In .xlsx the text stays a string cell, unchanged, and the cell's style
 * is "quote prefixed" ({@link #dangerous(String)} tells which): the spreadsheet shows the text as
 * it is and keeps it text when the cell is edited. Numbers and dates are written as numbers and
 * dates, never through here.
 */
public final class InertText {

  private InertText() {}

  /** Whether a spreadsheet could read the text as a formula. */
  public static boolean dangerous(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\n' -> true;
      default -> false;
    };
  }

  /** The text as a CSV field: after a single quote when dangerous, as it is otherwise. */
  public static String forCsv(String text) {
    if (text == null) {
      return "";
    }
    return dangerous(text) ? "'" + text : text;
  }
}
