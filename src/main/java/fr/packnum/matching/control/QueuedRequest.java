package fr.packnum.matching.control;

import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.households.entity.Urgency;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** An ELIGIBLE pack request waiting for a device, with what the matching rules read of it. */
public record QueuedRequest(
    long requestId,
    String reference,
    PreferredDevice wanted,
    Set<RequiredFeature> features,
    Set<Need> needs,
    int schoolChildren,
    int householdSize,
    Urgency urgency,
    boolean urgencyReasonGiven,
    long daysWaiting,
    Connectivity connectivity,
    boolean inQpv) {

  /** Bounds that keep every priority, and so every score sum, far from overflow. */
  public static final int MAX_HOUSEHOLD_SIZE = 30;

  public QueuedRequest {
    Objects.requireNonNull(wanted, "wanted");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(connectivity, "connectivity");
    // Enum order, not Set.copyOf's per-run order: explanations list features the same way each run.
    features = Collections.unmodifiableSet(enumSet(RequiredFeature.class, features));
    needs = Collections.unmodifiableSet(enumSet(Need.class, needs));
    if (householdSize < 1 || householdSize > MAX_HOUSEHOLD_SIZE) {
      throw new IllegalArgumentException("A household has 1 to " + MAX_HOUSEHOLD_SIZE + " people");
    }
    if (schoolChildren < 0 || schoolChildren > householdSize) {
      throw new IllegalArgumentException("School-age children are members of the household");
    }
    if (daysWaiting < 0) {
      throw new IllegalArgumentException("Days waiting cannot be negative");
    }
  }

  public boolean requires(RequiredFeature feature) {
    return features.contains(feature);
  }

  public boolean needs(Need need) {
    return needs.contains(need);
  }

  private static <E extends Enum<E>> EnumSet<E> enumSet(Class<E> type, Set<E> values) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return copy;
  }
}
