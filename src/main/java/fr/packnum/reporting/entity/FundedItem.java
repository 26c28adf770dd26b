package fr.packnum.reporting.entity;

/** What a convention may fund, each at its unit price. */
public enum FundedItem {
  /** A pack handed over to a household. */
  PACK_DELIVERED,
  /** A device refurbished to READY by the workshop. */
  DEVICE_REFURBISHED,
  /** An hour of support: hand-over sessions and workshops attended. */
  SUPPORT_HOUR,
  /** A month of a household's internet line. */
  CONNECTION_MONTH,
  /** A pass numérique voucher issued. */
  VOUCHER
}
