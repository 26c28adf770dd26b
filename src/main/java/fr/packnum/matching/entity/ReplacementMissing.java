package fr.packnum.matching.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** A swap names the replacement device's tag; a return without a swap names none. */
public class ReplacementMissing extends ProblemException {

  public ReplacementMissing() {
    super(
        422,
        "replacement-missing",
        List.of(new FieldKey("replacementTag", "return.replacement-missing")));
  }
}
