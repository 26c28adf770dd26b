package fr.packnum.workshop.control;

/**
 * A common A4 sheet of self-adhesive labels, in millimetres. Positions are counted from 0, left to
 * right then top to bottom, as one reads the sheet.
 */
public enum LabelLayout {
  /** Avery L7160 and compatibles: 3 × 7 labels of 63.5 × 38.1 mm. */
  A4_3X7(3, 7, 63.5, 38.1, 7.25, 15.15, 66.04, 38.1),
  /** Avery L7162 and compatibles: 2 × 8 labels of 99.1 × 33.9 mm. */
  A4_2X8(2, 8, 99.1, 33.9, 4.65, 12.9, 101.6, 33.9);

  public static final double SHEET_WIDTH_MM = 210;
  public static final double SHEET_HEIGHT_MM = 297;

  private final int columns;
  private final int rows;
  private final double labelWidthMm;
  private final double labelHeightMm;
  private final double leftMarginMm;
  private final double topMarginMm;
  private final double horizontalPitchMm;
  private final double verticalPitchMm;

  LabelLayout(
      int columns,
      int rows,
      double labelWidthMm,
      double labelHeightMm,
      double leftMarginMm,
      double topMarginMm,
      double horizontalPitchMm,
      double verticalPitchMm) {
    this.columns = columns;
    this.rows = rows;
    this.labelWidthMm = labelWidthMm;
    this.labelHeightMm = labelHeightMm;
    this.leftMarginMm = leftMarginMm;
    this.topMarginMm = topMarginMm;
    this.horizontalPitchMm = horizontalPitchMm;
    this.verticalPitchMm = verticalPitchMm;
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public int labelsPerSheet() {
    return columns * rows;
  }

  public double labelWidthMm() {
    return labelWidthMm;
  }

  public double labelHeightMm() {
    return labelHeightMm;
  }

  public double leftMarginMm() {
    return leftMarginMm;
  }

  public double topMarginMm() {
    return topMarginMm;
  }

  /** From the left edge of one label to the left edge of the next one in the row. */
  public double horizontalPitchMm() {
    return horizontalPitchMm;
  }

  /** From the top edge of one label to the top edge of the one below. */
  public double verticalPitchMm() {
    return verticalPitchMm;
  }

  /** Distance from the sheet's left edge to the left edge of the label at {@code position}. */
  public double labelLeftMm(int position) {
    return leftMarginMm + column(position) * horizontalPitchMm;
  }

  /** Distance from the sheet's top edge to the top edge of the label at {@code position}. */
  public double labelTopMm(int position) {
    return topMarginMm + row(position) * verticalPitchMm;
  }

  private int column(int position) {
    checkPosition(position);
    return position % columns;
  }

  private int row(int position) {
    checkPosition(position);
    return position / columns;
  }

  private void checkPosition(int position) {
    if (position < 0 || position >= labelsPerSheet()) {
      throw new IllegalArgumentException(
          "Position " + position + " is not on a " + name() + " sheet");
    }
  }
}
