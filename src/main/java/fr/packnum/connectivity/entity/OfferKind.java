package fr.packnum.connectivity.entity;

/** What the household gets: a line at home, a 4G box, a SIM card, or recharges. */
public enum OfferKind {
  /** ADSL or fibre box at home ("box fixe"), often the operator's social offer. */
  FIXED_BOX,
  /** A box that shares a 4G/5G mobile connection at home, with no phone line needed. */
  MOBILE_BOX_4G,
  /** A monthly mobile plan on a SIM card ("forfait mobile"). */
  MOBILE_SIM,
  /** Prepaid recharges, without subscription ("carte prépayée"). */
  PREPAID_RECHARGE,
  /** A SIM with data given free of charge, e.g. by a solidarity databank. */
  FREE_SIM
}
