package fr.packnum.connectivity.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** Dates that are each valid but do not fit the subscription (a line ending before it started). */
public class SubscriptionInvalid extends ProblemException {

  public SubscriptionInvalid(String field, String key) {
    super(422, "subscription-invalid", List.of(new FieldKey(field, key)));
  }
}
