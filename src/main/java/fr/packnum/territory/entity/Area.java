package fr.packnum.territory.entity;

/**
 * A level above the communes — a département, a région, an EPCI — by its official code and name.
 */
public record Area(Level level, String code, String name) {

  public enum Level {
    DEPARTEMENT,
    REGION,
    EPCI
  }
}
