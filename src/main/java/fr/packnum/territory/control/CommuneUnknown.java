package fr.packnum.territory.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** No current commune has this INSEE code. */
public class CommuneUnknown extends ProblemException {

  public CommuneUnknown(String field, String code) {
    super(422, "commune-unknown", List.of(new FieldKey(field, "commune.unknown", code)), code);
  }
}
