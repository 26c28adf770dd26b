package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** A new password that breaks {@link PasswordPolicy}; names the field it came in. */
public class PasswordTooWeak extends ProblemException {

  public PasswordTooWeak(String field, String reasonKey) {
    super(400, "validation", List.of(new FieldKey(field, reasonKey)), 1);
  }
}
