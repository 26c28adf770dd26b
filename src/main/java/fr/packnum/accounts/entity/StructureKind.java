package fr.packnum.accounts.entity;

/** The kinds of organisation PackNum works with. */
public enum StructureKind {
  /** The pack programme's operator itself: its coordinators and administrators belong here. */
  OPERATOR(false),
  /** Centre communal d'action sociale: a town's social welfare office. */
  CCAS(true),
  /** France Services: one-stop public service counter. */
  FRANCE_SERVICES(true),
  /** Espace public numérique: public digital access and training space. */
  EPN(true),
  ASSOCIATION(true),
  /** Mission locale: support for young people aged 16–25. */
  MISSION_LOCALE(true),
  /** France Travail agency (public employment service). */
  FRANCE_TRAVAIL(true),
  /** Service social départemental. */
  DEPARTMENT_SOCIAL_SERVICE(true),
  /** Refurbishing workshop ("atelier de reconditionnement"). */
  WORKSHOP(false),
  /** Partner association or funder receiving statements. */
  PARTNER(false);

  private final boolean refersHouseholds;

  StructureKind(boolean refersHouseholds) {
    this.refersHouseholds = refersHouseholds;
  }

  /** Whether social workers of this kind of structure refer households. */
  public boolean refersHouseholds() {
    return refersHouseholds;
  }
}
