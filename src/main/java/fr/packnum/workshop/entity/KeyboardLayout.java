package fr.packnum.workshop.entity;

/** Keyboard layouts met in donations; households in France mostly need AZERTY. */
public enum KeyboardLayout {
  AZERTY_FR,
  AZERTY_BE,
  QWERTY_US,
  QWERTY_UK,
  QWERTZ_DE,
  QWERTZ_CH,
  BEPO,
  OTHER
}
