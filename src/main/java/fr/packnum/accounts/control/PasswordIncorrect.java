package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** The current password given to confirm a change is wrong. */
public class PasswordIncorrect extends ProblemException {

  public PasswordIncorrect() {
    super(
        400,
        "password-incorrect",
        List.of(new FieldKey("currentPassword", "field.password-incorrect")));
  }
}
