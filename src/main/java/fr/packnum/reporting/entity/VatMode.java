package fr.packnum.reporting.entity;

import java.math.BigDecimal;

/**
 * How a convention's unit prices stand with VAT (TVA): an association not liable to VAT invoices
 * without it; otherwise prices are agreed before VAT (HT, 20 % added) or VAT included (TTC).
 */
public enum VatMode {
  EXEMPT,
  EXCLUDED,
  INCLUDED;

  /** The French standard rate. */
  public static final BigDecimal RATE = new BigDecimal("0.20");
}
