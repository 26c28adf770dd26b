package fr.packnum.accounts.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/**
 * Households are referred by social structures only (CCAS, France Services, EPN…): not by the
 * operator, a workshop or a partner. Refused for a social worker's account in such a structure and
 * for a household file created there.
 */
public class StructureDoesNotReferHouseholds extends ProblemException {

  public StructureDoesNotReferHouseholds(String field) {
    super(
        422,
        "structure-does-not-refer-households",
        List.of(new FieldKey(field, "structure.refers-no-households")));
  }
}
