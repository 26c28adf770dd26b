package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** No centre is known for the commune asked about, so nothing can be said nearest to it. */
public class CommuneNotLocated extends ProblemException {

  public CommuneNotLocated(String code) {
    super(
        422, "commune-not-located", List.of(new FieldKey("insee", "commune.unknown", code)), code);
  }
}
