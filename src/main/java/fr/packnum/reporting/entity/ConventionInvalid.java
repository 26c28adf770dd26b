package fr.packnum.reporting.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** A convention's field is missing or out of bounds (422 on that field). */
public class ConventionInvalid extends ProblemException {

  public ConventionInvalid(String field) {
    super(422, "convention-invalid", List.of(new FieldKey(field, "convention.invalid." + field)));
  }
}
