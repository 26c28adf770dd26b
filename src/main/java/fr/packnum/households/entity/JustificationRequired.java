package fr.packnum.households.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** Overriding the rules, or deciding a case they left to review, needs a written justification. */
public class JustificationRequired extends ProblemException {

  public JustificationRequired(boolean override) {
    super(
        422,
        "justification-required",
        List.of(
            new FieldKey(
                "justification",
                override ? "justification.required.override" : "justification.required.review")));
  }
}
