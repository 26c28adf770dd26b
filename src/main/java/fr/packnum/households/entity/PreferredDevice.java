package fr.packnum.households.entity;

/** The kind of computer a pack request asks for. */
public enum PreferredDevice {
  LAPTOP,
  DESKTOP,
  TABLET,
  ANY
}
