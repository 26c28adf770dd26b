package fr.packnum.matching.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/**
 * A household reaching the internet through a phone only is better connected than one without any
 * connection: it cannot weigh more.
 */
public class WeightsInconsistent extends ProblemException {

  public WeightsInconsistent() {
    super(
        422,
        "weights-inconsistent",
        List.of(new FieldKey("mobileOnly", "matching.weights.mobile-only")));
  }
}
