package fr.packnum.workshop.entity;

/** How the devices reached the workshop. */
public enum DonationMode {
  COLLECTION,
  DROP_OFF
}
