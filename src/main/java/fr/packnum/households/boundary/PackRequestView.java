package fr.packnum.households.boundary;

import fr.packnum.households.entity.Assessment;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PackRequestEvent;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequestEventKind;
import fr.packnum.households.entity.RequestStatus;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.households.entity.Urgency;
import fr.packnum.platform.control.Problem;
import fr.packnum.platform.control.Problems;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A pack request as its structure and the coordination see it, with what the caller may do. */
public record PackRequestView(
    long id,
    String reference,
    long householdId,
    String householdReference,
    String contactName,
    long structureId,
    String structureName,
    RequestStatus status,
    Instant statusSince,
    PreferredDevice preferredDevice,
    Set<RequiredFeature> features,
    Urgency urgency,
    String urgencyReason,
    boolean needsInternet,
    String supportPlace,
    AssessmentView assessment,
    DecisionView decision,
    Instant submittedAt,
    Instant createdAt,
    long version,
    Set<PackRequest.Action> actions,
    List<EventView> events) {

  public record AssessmentView(
      String outcome,
      List<Problem.FieldError> reasons,
      int ruleSetVersion,
      LocalDate previousPackOn) {}

  public record DecisionView(
      RequestStatus outcome,
      boolean override,
      String justification,
      String decidedBy,
      Instant decidedAt) {}

  public record EventView(
      Instant occurredAt,
      String actor,
      RequestEventKind kind,
      RequestStatus fromStatus,
      RequestStatus toStatus,
      String notes) {}

  /** A line of a list or of the eligibility queue. */
  public record Summary(
      long id,
      String reference,
      long householdId,
      String householdReference,
      String contactName,
      RequestStatus status,
      Instant statusSince,
      Urgency urgency,
      String assessmentOutcome,
      Instant submittedAt) {}

  static PackRequestView of(PackRequest r, Locale locale, Set<PackRequest.Action> actions) {
    Household household = r.household();
    return new PackRequestView(
        r.id(),
        r.reference(),
        household.id(),
        household.reference(),
        household.contact().map(Household.Contact::name).orElse(null),
        household.structure().id(),
        household.structure().name(),
        r.status(),
        r.statusSince(),
        r.preferredDevice(),
        r.features(),
        r.urgency(),
        r.urgencyReason().orElse(null),
        r.needsInternet(),
        r.supportPlace().orElse(null),
        r.assessment().map(a -> assessment(a, locale)).orElse(null),
        r.decision()
            .map(
                d ->
                    new DecisionView(
                        d.outcome(), d.override(), d.justification(), d.decidedBy(), d.decidedAt()))
            .orElse(null),
        r.submittedAt().orElse(null),
        r.createdAt(),
        r.version(),
        actions,
        newestFirst(r.events()).stream()
            .map(
                e ->
                    new EventView(
                        e.occurredAt(),
                        e.actor().name(),
                        e.kind(),
                        e.fromStatus().orElse(null),
                        e.toStatus().orElse(null),
                        e.notes().orElse(null)))
            .toList());
  }

  private static List<PackRequestEvent> newestFirst(List<PackRequestEvent> events) {
    List<PackRequestEvent> reversed = new ArrayList<>(events);
    Collections.reverse(reversed);
    return reversed;
  }

  static AssessmentView assessment(Assessment a, Locale locale) {
    return new AssessmentView(
        a.outcome().name(),
        Problems.fieldErrors(locale, a.reasons()),
        a.ruleSetVersion(),
        a.previousPackOn());
  }

  static Summary summary(PackRequest r) {
    return new Summary(
        r.id(),
        r.reference(),
        r.household().id(),
        r.household().reference(),
        r.household().contact().map(Household.Contact::name).orElse(null),
        r.status(),
        r.statusSince(),
        r.urgency(),
        r.assessment().map(a -> a.outcome().name()).orElse(null),
        r.submittedAt().orElse(null));
  }
}
