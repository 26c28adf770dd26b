package fr.packnum.workshop.entity;

import java.util.Objects;

/** Who did a step: the user's id and the name printed on history and certificates. */
public record Technician(Long id, String name) {

  public Technician {
    Objects.requireNonNull(name);
  }
}
