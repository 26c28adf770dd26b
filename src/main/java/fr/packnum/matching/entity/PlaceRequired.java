package fr.packnum.matching.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** A hand-over happens at a structure or at an address typed in: one of them, not both. */
public class PlaceRequired extends ProblemException {

  public PlaceRequired() {
    super(422, "place-required", List.of(new FieldKey("placeAddress", "handover.place")));
  }
}
