package fr.packnum.territory.control;

import fr.packnum.platform.control.ProblemException;
import fr.packnum.territory.entity.Commune;
import java.util.List;

/** A former commune's code: the commune it merged into is proposed instead. */
public class CommuneMerged extends ProblemException {

  public CommuneMerged(String field, String former, Commune current) {
    super(
        422,
        "commune-merged",
        List.of(
            new FieldKey(field, "commune.merged", former, current.label(), current.code().value())),
        former,
        current.label(),
        current.code().value());
  }
}
