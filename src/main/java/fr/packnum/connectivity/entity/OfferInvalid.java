package fr.packnum.connectivity.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** Fields that are each valid but do not fit together (e.g. valid until before valid from). */
public class OfferInvalid extends ProblemException {

  public OfferInvalid(List<FieldKey> errors) {
    super(422, "offer-invalid", errors);
  }
}
