package fr.packnum.support.entity;

/** Where a pass numérique voucher stands: in the team's drawer, in a household's hands, used. */
public enum VoucherStatus {
  RECEIVED,
  ISSUED,
  REDEEMED
}
