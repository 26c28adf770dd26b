package fr.packnum.households.entity;

/** What the device must have for this household (hard constraints for matching). */
public enum RequiredFeature {
  /** Video calls: France Travail interviews, teleconsultation, school. */
  WEBCAM,
  /** A physical keyboard, also for a tablet. */
  KEYBOARD,
  /** 15 inches or more, e.g. for low vision. */
  LARGE_SCREEN,
  LONG_BATTERY,
  LIGHTWEIGHT
}
