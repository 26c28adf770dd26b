package fr.packnum.support.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.control.UserNotFound;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.User;
import fr.packnum.households.boundary.HouseholdFiles;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.platform.entity.Notes;
import fr.packnum.support.control.PlanScope;
import fr.packnum.support.control.PlanStore;
import fr.packnum.support.control.Plans;
import fr.packnum.support.control.SessionStore;
import fr.packnum.support.entity.AssessmentPhase;
import fr.packnum.support.entity.CallReport;
import fr.packnum.support.entity.FollowUpCall;
import fr.packnum.support.entity.PlanStatus;
import fr.packnum.support.entity.Skill;
import fr.packnum.support.entity.SupportPlan;
import fr.packnum.support.entity.SupportSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The households' follow-up after the hand-over. Support people reach their team's plans (the
 * coordination all of them): the day's calls with the number to dial, each call logged with its
 * outcome in one click, the skills self-assessment. A social worker reads only where the follow-up
 * of their household stands. Every answer that names a household is a read of its file, audited.
 */
@Path("support-plans")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportPlansResource {

  static final String HOUSEHOLD = "household";

  @PersistenceContext EntityManager em;
  @Inject PlanStore plans;
  @Inject SessionStore sessions;
  @Inject Plans use;
  @Inject HouseholdFiles householdFiles;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * A call's outcome: not reached, or reached with the answers. Needing help with a {@code
   * sessionId} books the household into that session.
   */
  public record CallLog(
      boolean reached,
      boolean deviceWorks,
      boolean stillConnected,
      boolean usingIt,
      boolean needsHelp,
      @Size(max = Notes.MAX_LENGTH) String notes,
      Long sessionId) {}

  /** The five tasks, each 0 (not at all), 1 (with help) or 2 (alone). */
  public record Skills(@NotNull Map<Skill, Integer> levels) {}

  public record Assignment(@NotNull Long supportUserId, @NotNull Long version) {}

  /** A call of the day: the household to call, on which number, for which milestone. */
  public record DueCall(
      long planId,
      long callId,
      String milestone,
      int attempt,
      LocalDate dueOn,
      String requestReference,
      String householdName,
      String householdPhone,
      String supportPerson,
      boolean lastMilestone) {}

  /** A session of the day with its seats. */
  public record DaySession(
      long id,
      fr.packnum.support.entity.SessionKind kind,
      String title,
      Instant startsAt,
      int minutes,
      String place,
      String supportPerson,
      int capacity,
      long seatsTaken) {}

  /** A support person's day: the calls due (late ones first) and the sessions. */
  public record Day(LocalDate on, List<DueCall> calls, List<DaySession> sessions) {}

  /**
   * The day {@code on} (today by default): the calls due by then and that day's sessions. A support
   * person sees their own unless {@code team=true}; the coordination everyone's, or {@code
   * supportUserId}'s.
   */
  @GET
  @Path("day")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public Day day(
      @QueryParam("on") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "support.day")
          String onParam,
      @QueryParam("team") @DefaultValue("false") boolean team,
      @QueryParam("supportUserId") Long supportUserId) {
    LocalDate on = onParam == null ? FrenchCalendar.today(clock) : day(onParam);
    AuthenticatedUser caller = currentUser.require();
    Long person =
        caller.role() == Role.SUPPORT ? (team ? null : Long.valueOf(caller.id())) : supportUserId;
    List<FollowUpCall> due = plans.callsDue(scope(), on, person, 0, MAX_DAY).items();
    List<DueCall> calls = due.stream().map(this::dueCall).toList();
    Instant from = on.atStartOfDay(FrenchCalendar.ZONE).toInstant();
    Instant until = on.plusDays(1).atStartOfDay(FrenchCalendar.ZONE).toInstant();
    List<DaySession> daySessions =
        sessions
            .list(scope(), new SessionStore.Filter(from, until, person), 0, MAX_DAY)
            .items()
            .stream()
            .filter(s -> !s.cancelled())
            .map(s -> daySession(s, sessions.seatsTaken(s.id())))
            .toList();
    return new Day(on, calls, daySessions);
  }

  /** The team's plans (all for the coordination), open ones first; names read are audited. */
  @GET
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public Page<PlanView> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("status") PlanStatus status,
      @QueryParam("supportUserId") Long supportUserId) {
    Page<SupportPlan> page =
        plans.list(
            scope(), new PlanStore.Filter(status, supportUserId), paging.offset(), paging.size());
    return page.map(this::view);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public PlanView get(@PathParam("id") long id) {
    return view(plans.get(id, scope()));
  }

  /**
   * Where the follow-up of a request's household stands, the latest plan first: for its social
   * worker (their structure's requests only) and the coordination. No content of calls or sessions.
   */
  @GET
  @Path("status")
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR"})
  public List<FollowUpStatus> status(@QueryParam("requestId") @NotNull Long requestId) {
    PackRequest request = householdFiles.request(requestId);
    return plans.ofRequest(request.id()).stream()
        .map(p -> FollowUpStatus.of(p, sessions.bookingsOf(p.id())))
        .toList();
  }

  /** Logs a call; the last milestone's closes the plan and the request. */
  @POST
  @Path("{id}/calls/{callId}")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public PlanView logCall(
      @PathParam("id") long id, @PathParam("callId") long callId, @NotNull @Valid CallLog log) {
    CallReport report =
        log.reached()
            ? new CallReport(
                true,
                log.deviceWorks(),
                log.stillConnected(),
                log.usingIt(),
                log.needsHelp(),
                log.notes())
            : CallReport.notReached(log.notes());
    Instant now = clock.instant();
    use.logCall(id, callId, scope(), report, log.sessionId(), currentUser.signature(), now);
    audit.record(AuditAction.UPDATE, TARGET, id);
    return view(plans.get(id, scope()));
  }

  /** The self-assessment at the start or at the end, answered or answered again. */
  @PUT
  @Path("{id}/skills/{phase}")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public PlanView assess(
      @PathParam("id") long id,
      @PathParam("phase") AssessmentPhase phase,
      @NotNull @Valid Skills skills) {
    use.assess(
        id, scope(), phase, skills.levels(), currentUser.signature(), FrenchCalendar.today(clock));
    audit.record(AuditAction.UPDATE, TARGET, id);
    return view(plans.get(id, scope()));
  }

  /** Hands the plan to another support person of its team. */
  @PUT
  @Path("{id}/support-person")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public PlanView assign(@PathParam("id") long id, @NotNull @Valid Assignment assignment) {
    SupportPlan plan = plans.get(id, scope());
    StaleVersion.check(plan.version(), assignment.version());
    User person =
        Optional.ofNullable(em.find(User.class, assignment.supportUserId()))
            .orElseThrow(UserNotFound::new);
    use.assign(id, scope(), person);
    audit.record(AuditAction.UPDATE, TARGET, id);
    return view(plans.get(id, scope()));
  }

  static final String TARGET = "support-plan";
  static final int MAX_DAY = 500;

  private PlanView view(SupportPlan plan) {
    auditRead(plan);
    return PlanView.of(plan, sessions.bookingsOf(plan.id()), plans.assessments(plan.id()));
  }

  private DueCall dueCall(FollowUpCall call) {
    SupportPlan plan = call.plan();
    auditRead(plan);
    Household.Contact contact = plan.request().household().contact().orElse(null);
    int last = plan.calls().stream().mapToInt(FollowUpCall::position).max().orElse(0);
    return new DueCall(
        plan.id(),
        call.id(),
        call.milestone(),
        call.attempt(),
        call.dueOn(),
        plan.requestReference(),
        contact == null ? null : contact.name(),
        contact == null ? null : contact.phone(),
        plan.supportPerson().displayName(),
        call.position() == last);
  }

  static DaySession daySession(SupportSession s, long seatsTaken) {
    return new DaySession(
        s.id(),
        s.kind(),
        s.title(),
        s.startsAt(),
        s.minutes(),
        s.placeLabel(),
        s.supportPerson().displayName(),
        s.capacity(),
        seatsTaken);
  }

  private void auditRead(SupportPlan plan) {
    audit.record(AuditAction.READ, HOUSEHOLD, plan.request().household().id());
  }

  private PlanScope scope() {
    return PlanScope.of(currentUser.require());
  }

  /** The day of {@code ?on=2026-12-03}; an impossible date is bad input, not a failure. */
  static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException impossible) {
      throw new jakarta.ws.rs.BadRequestException("on");
    }
  }
}
