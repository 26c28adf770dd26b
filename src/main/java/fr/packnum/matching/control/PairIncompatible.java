package fr.packnum.matching.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/**
 * The device no longer meets the request's needs (its specs were corrected since the proposal, or
 * the pair was typed by hand): each unmet requirement is named, in the caller's language.
 */
public class PairIncompatible extends ProblemException {

  public PairIncompatible(String assetTag, String reference, List<Requirement> unmet) {
    super(
        409,
        "pair-incompatible",
        unmet.stream()
            .map(r -> new FieldKey("deviceId", "matching.requirement." + r.name()))
            .toList(),
        assetTag,
        reference,
        unmet.size());
  }
}
