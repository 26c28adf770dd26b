package fr.packnum.workshop.entity;

/** Who gave the devices. */
public enum DonorKind {
  COMPANY,
  PUBLIC_BODY,
  ASSOCIATION,
  INDIVIDUAL
}
