package fr.packnum.workshop.entity;

/** The cosmetic and functional grade given when a device is ready, shown with its definition. */
public enum Grade {
  /** Like new: no visible wear, battery ≥ 80 % where there is one. */
  A,
  /** Light signs of use, fully working, battery ≥ 60 %. */
  B,
  /** Visible wear (scratches, marks) but every function works; battery may be weak. */
  C
}
