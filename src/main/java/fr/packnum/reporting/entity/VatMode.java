package fr.packnum.reporting.entity;

import java.math.BigDecimal;

/**
 * How a convention's unit prices carry VAT (TVA, taxe sur la valeur ajoutée), which decides the VAT
 * and total lines of the statement's billing sheet.
 */
public enum VatMode {
  /** The partner association is not subject to VAT ("non assujetti"): no VAT line is owed. */
  EXEMPT("TVA non applicable (organisme non assujetti)"),
  /** Unit prices are before VAT ("hors taxes", HT): 20 % VAT is added to the total. */
  EXCLUDED("Prix unitaires HT, TVA 20 % ajoutée"),
  /** Unit prices include VAT ("toutes taxes comprises", TTC): the VAT is the part of the total. */
  INCLUDED("Prix unitaires TTC, TVA 20 % incluse");

  /** The French standard rate (taux normal), the only one a pack's services carry. */
  public static final BigDecimal RATE = new BigDecimal("0.20");

  private final String label;

  VatMode(String label) {
    this.label = label;
  }

  /** What the statement says of the mode, in French. */
  public String label() {
    return label;
  }
}
