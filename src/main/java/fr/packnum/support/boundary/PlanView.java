package fr.packnum.support.boundary;

import fr.packnum.households.entity.Household;
import fr.packnum.support.entity.AssessmentPhase;
import fr.packnum.support.entity.Booking;
import fr.packnum.support.entity.BookingStatus;
import fr.packnum.support.entity.CallReport;
import fr.packnum.support.entity.CallStatus;
import fr.packnum.support.entity.FollowUpCall;
import fr.packnum.support.entity.PlanOutcome;
import fr.packnum.support.entity.PlanStatus;
import fr.packnum.support.entity.SessionKind;
import fr.packnum.support.entity.Skill;
import fr.packnum.support.entity.SkillsAssessment;
import fr.packnum.support.entity.SupportPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A household's follow-up as its support team sees it: who to call and on which number, the calls
 * and what they told, the sessions, the self-assessments, and what may be done next.
 */
public record PlanView(
    long id,
    long requestId,
    String requestReference,
    String householdName,
    String householdPhone,
    String deviceTag,
    long supportUserId,
    String supportPerson,
    PlanStatus status,
    LocalDate startedOn,
    LocalDate closedOn,
    PlanOutcome outcome,
    List<CallView> calls,
    List<BookingView> sessions,
    Map<AssessmentPhase, Map<Skill, Integer>> skills,
    Set<Action> actions,
    long version) {

  /** What the caller may do with the plan now. */
  public enum Action {
    LOG_CALL,
    BOOK,
    ASSESS_START,
    ASSESS_END,
    ASSIGN
  }

  /** One call attempt: its milestone, when it is due, and once logged what it told. */
  public record CallView(
      long id,
      String milestone,
      int attempt,
      LocalDate dueOn,
      CallStatus status,
      Boolean deviceWorks,
      Boolean stillConnected,
      Boolean usingIt,
      Boolean needsHelp,
      String notes,
      Instant loggedAt,
      String loggedBy) {

    static CallView of(FollowUpCall c) {
      CallReport report = c.report().orElse(null);
      return new CallView(
          c.id(),
          c.milestone(),
          c.attempt(),
          c.dueOn(),
          c.status(),
          report == null ? null : report.deviceWorks(),
          report == null ? null : report.stillConnected(),
          report == null ? null : report.usingIt(),
          report == null ? null : report.needsHelp(),
          c.notes().orElse(null),
          c.loggedAt().orElse(null),
          c.loggedBy().map(a -> a.name()).orElse(null));
    }
  }

  /** A session the household is booked in, and whether it came. */
  public record BookingView(
      long bookingId,
      long sessionId,
      SessionKind kind,
      String title,
      Instant startsAt,
      int minutes,
      String place,
      BookingStatus status) {

    static BookingView of(Booking b) {
      return new BookingView(
          b.id(),
          b.session().id(),
          b.session().kind(),
          b.session().title(),
          b.session().startsAt(),
          b.session().minutes(),
          b.session().placeLabel(),
          b.status());
    }
  }

  static PlanView of(SupportPlan plan, List<Booking> bookings, List<SkillsAssessment> assessments) {
    Household.Contact contact = plan.request().household().contact().orElse(null);
    Map<AssessmentPhase, Map<Skill, Integer>> skills =
        new java.util.EnumMap<>(AssessmentPhase.class);
    assessments.forEach(a -> skills.put(a.phase(), a.levels()));
    Set<Action> actions = EnumSet.noneOf(Action.class);
    if (plan.status() == PlanStatus.OPEN) {
      actions.addAll(EnumSet.allOf(Action.class));
    }
    return new PlanView(
        plan.id(),
        plan.request().id(),
        plan.requestReference(),
        contact == null ? null : contact.name(),
        contact == null ? null : contact.phone(),
        plan.handover().reservation().device().assetTag().value(),
        plan.supportPerson().id(),
        plan.supportPerson().displayName(),
        plan.status(),
        plan.startedOn(),
        plan.closedOn().orElse(null),
        plan.outcome().orElse(null),
        plan.calls().stream().map(CallView::of).toList(),
        bookings.stream().map(BookingView::of).toList(),
        skills,
        actions,
        plan.version());
  }
}
