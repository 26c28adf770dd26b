package fr.packnum.matching.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** Hand-overs are run by an active SUPPORT account (conseiller numérique, médiateur). */
public class NotASupportPerson extends ProblemException {

  public NotASupportPerson() {
    super(
        422,
        "not-a-support-person",
        List.of(new FieldKey("supportUserId", "handover.support-person")));
  }
}
