package fr.packnum.matching.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** A hand-over is signed for: on the screen, or on paper with the paper's reference. */
public class SignatureMissing extends ProblemException {

  public SignatureMissing() {
    super(
        422, "signature-missing", List.of(new FieldKey("signature", "handover.signature-missing")));
  }
}
