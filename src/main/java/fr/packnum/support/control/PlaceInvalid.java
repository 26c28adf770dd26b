package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** A place entered by hand breaks the standard: each reason on its field (422). */
public class PlaceInvalid extends ProblemException {

  public PlaceInvalid(List<PlaceLines.Refusal> refusals, java.util.Map<String, String> fieldNames) {
    super(
        422,
        "support-place-invalid",
        refusals.stream()
            .map(
                r ->
                    new FieldKey(
                        null,
                        r.field() == null ? null : fieldNames.getOrDefault(r.field(), r.field()),
                        r.key(),
                        r.args()))
            .toList(),
        refusals.size());
  }
}
