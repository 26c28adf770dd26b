package fr.packnum.households.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/**
 * Fields that are each valid but do not fit together (e.g. more school-age children than children).
 */
public class HouseholdInvalid extends ProblemException {

  public HouseholdInvalid(List<FieldKey> errors) {
    super(422, "household-invalid", errors);
  }
}
