package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** A session's title, length or capacity is out of bounds (422 on that field). */
public class SessionInvalid extends ProblemException {

  public SessionInvalid(String field) {
    super(
        422,
        "session-invalid",
        List.of(new FieldKey(field, "session.invalid." + field)),
        SupportSession.MAX_CAPACITY);
  }
}
