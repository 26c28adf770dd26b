package fr.packnum.households.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** An urgent request must say why (an exam, a job interview, a deadline). */
public class UrgencyReasonMissing extends ProblemException {

  public UrgencyReasonMissing() {
    super(
        422,
        "urgency-reason-missing",
        List.of(new FieldKey("urgencyReason", "urgency.reason.required")));
  }
}
