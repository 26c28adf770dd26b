package fr.packnum.territory.entity;

import java.util.List;

/**
 * A current French commune, or a municipal arrondissement of Paris, Lyon or Marseille (whose {@code
 * parentCode} is its commune's), with the levels above it: its département, its région and the EPCI
 * (intercommunality) it belongs to, if any.
 */
public record Commune(
    InseeCode code,
    String name,
    boolean arrondissement,
    String parentCode,
    String departement,
    String region,
    String epci,
    List<String> postcodes,
    int population) {

  public Commune {
    postcodes = List.copyOf(postcodes);
  }

  /** How people tell communes apart: "Montreuil (93100)". */
  public String label() {
    return postcodes.isEmpty() ? name : name + " (" + postcodes.get(0) + ")";
  }
}
