package fr.packnum.reporting.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** Impact factors out of bounds (422, one detail per field). */
public class ImpactFactorInvalid extends ProblemException {

  public ImpactFactorInvalid(List<String> fields) {
    super(
        422,
        "impact-factor-invalid",
        fields.stream().map(f -> new FieldKey(f, "impact.invalid." + f)).toList());
  }
}
