package fr.packnum.accounts.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** The TOTP code is wrong, expired or already used; names the {@code code} field. */
public class TotpInvalid extends ProblemException {

  public TotpInvalid() {
    super(401, "totp-invalid", List.of(new FieldKey("code", "field.totp-invalid")));
  }
}
