package fr.packnum.support.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.User;
import fr.packnum.households.entity.Household;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.support.control.NotInTheTeam;
import fr.packnum.support.control.PlaceStore;
import fr.packnum.support.control.PlanScope;
import fr.packnum.support.control.Plans;
import fr.packnum.support.control.SessionStore;
import fr.packnum.support.entity.Booking;
import fr.packnum.support.entity.BookingStatus;
import fr.packnum.support.entity.SessionKind;
import fr.packnum.support.entity.SupportPlace;
import fr.packnum.support.entity.SupportSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Support sessions: the hand-over sessions PackNum records itself, and the workshops a team plans
 * at a support place, with their seats, bookings and attendance sheet. A support person reaches
 * their team's sessions, the coordination all of them. The attendance sheet names the households:
 * reading it is a read of their files, audited.
 */
@Path("support-sessions")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportSessionsResource {

  static final String TARGET = "support-session";

  @PersistenceContext EntityManager em;
  @Inject SessionStore sessions;
  @Inject PlaceStore places;
  @Inject Plans use;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * A workshop: its title, when (Paris time), how long, how many seats, at which place of the
   * directory, run by whom (a support person: themselves by default).
   */
  public record WorkshopForm(
      @NotNull @Size(min = 1, max = SupportSession.TITLE_LENGTH) String title,
      @NotNull LocalDateTime startsAt,
      @NotNull Integer minutes,
      @NotNull Integer capacity,
      @NotNull Long placeId,
      Long supportUserId,
      Long version) {}

  public record BookingForm(@NotNull Long planId) {}

  /** Who came: each booking of the sheet, present or not. */
  public record Attendance(@NotEmpty @Size(max = 200) List<@Valid Mark> marks) {}

  public record Mark(@NotNull Long bookingId, boolean attended) {}

  /** A session with its seats; the sheet only on the session's own page. */
  public record SessionView(
      long id,
      SessionKind kind,
      String title,
      Instant startsAt,
      int minutes,
      Long placeId,
      String place,
      long supportUserId,
      String supportPerson,
      int capacity,
      long seatsTaken,
      boolean cancelled,
      List<Seat> sheet,
      Set<Action> actions,
      long version) {}

  /** One line of the attendance sheet. */
  public record Seat(
      long bookingId,
      long planId,
      String requestReference,
      String householdName,
      BookingStatus status) {}

  public enum Action {
    EDIT,
    BOOK,
    MARK_ATTENDANCE,
    CANCEL
  }

  /** Sessions from {@code from} to {@code until} (days, inclusive), in the order they start. */
  @GET
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public Page<SessionView> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("from") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "support.day")
          String from,
      @QueryParam("until") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "support.day")
          String until,
      @QueryParam("supportUserId") Long supportUserId) {
    Instant start =
        from == null
            ? null
            : SupportPlansResource.day(from).atStartOfDay(FrenchCalendar.ZONE).toInstant();
    Instant end =
        until == null
            ? null
            : SupportPlansResource.day(until)
                .plusDays(1)
                .atStartOfDay(FrenchCalendar.ZONE)
                .toInstant();
    return sessions
        .list(
            scope(),
            new SessionStore.Filter(start, end, supportUserId),
            paging.offset(),
            paging.size())
        .map(s -> view(s, List.of()));
  }

  @POST
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public Response create(@NotNull @Valid WorkshopForm form, @Context UriInfo uri) {
    SupportSession session = SupportSession.workshop(plan(form), places.get(form.placeId()));
    sessions.add(session);
    audit.record(AuditAction.CREATE, TARGET, session.id());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(session.id())).build())
        .entity(view(session, List.of()))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public SessionView get(@PathParam("id") long id) {
    SupportSession session = sessions.get(id, scope());
    return withSheet(session);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public SessionView change(@PathParam("id") long id, @NotNull @Valid WorkshopForm form) {
    SupportSession session = sessions.locked(id, scope());
    if (form.version() != null) {
      StaleVersion.check(session.version(), form.version());
    }
    session.change(plan(form), places.get(form.placeId()), sessions.seatsTaken(id));
    audit.record(AuditAction.UPDATE, TARGET, id);
    return withSheet(session);
  }

  @POST
  @Path("{id}/cancellation")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public SessionView cancel(@PathParam("id") long id) {
    SupportSession session = sessions.locked(id, scope());
    session.cancel();
    sessions.bookings(id).forEach(Booking::cancel);
    audit.record(AuditAction.DEACTIVATE, TARGET, id);
    return withSheet(session);
  }

  /** A seat for a household of the team; the last seat goes to one household only. */
  @POST
  @Path("{id}/bookings")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public Response book(@PathParam("id") long id, @NotNull @Valid BookingForm form) {
    Booking booking = use.book(id, form.planId(), scope(), clock.instant());
    audit.record(AuditAction.UPDATE, TARGET, id);
    return Response.status(Response.Status.CREATED).entity(withSheet(booking.session())).build();
  }

  /** The attendance sheet: who came and who did not. */
  @POST
  @Path("{id}/attendance")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public SessionView attendance(@PathParam("id") long id, @NotNull @Valid Attendance sheet) {
    sheet.marks().forEach(m -> use.attendance(id, m.bookingId(), scope(), m.attended()));
    audit.record(AuditAction.UPDATE, TARGET, id);
    return withSheet(sessions.get(id, scope()));
  }

  private SessionView withSheet(SupportSession session) {
    List<Seat> sheet =
        sessions.bookings(session.id()).stream()
            .map(
                b -> {
                  Household household = b.plan().request().household();
                  audit.record(AuditAction.READ, SupportPlansResource.HOUSEHOLD, household.id());
                  return new Seat(
                      b.id(),
                      b.plan().id(),
                      b.plan().requestReference(),
                      household.contact().map(Household.Contact::name).orElse(null),
                      b.status());
                })
            .toList();
    return view(session, sheet);
  }

  private SessionView view(SupportSession s, List<Seat> sheet) {
    long taken = sessions.seatsTaken(s.id());
    Set<Action> actions = java.util.EnumSet.noneOf(Action.class);
    if (!s.cancelled()) {
      actions.add(Action.MARK_ATTENDANCE);
      if (s.kind() == SessionKind.WORKSHOP) {
        actions.add(Action.EDIT);
        actions.add(Action.CANCEL);
        if (taken < s.capacity()) {
          actions.add(Action.BOOK);
        }
      }
    }
    return new SessionView(
        s.id(),
        s.kind(),
        s.title(),
        s.startsAt(),
        s.minutes(),
        s.place().map(SupportPlace::id).orElse(null),
        s.placeLabel(),
        s.supportPerson().id(),
        s.supportPerson().displayName(),
        s.capacity(),
        taken,
        s.cancelled(),
        sheet,
        actions,
        s.version());
  }

  /** The workshop's details; a support person runs it themselves or names a colleague. */
  private SupportSession.Plan plan(WorkshopForm form) {
    AuthenticatedUser caller = currentUser.require();
    long personId =
        form.supportUserId() != null
            ? form.supportUserId()
            : caller.role() == Role.SUPPORT ? caller.id() : -1;
    User person =
        Optional.ofNullable(em.find(User.class, personId))
            .filter(u -> u.role() == Role.SUPPORT && u.maySignIn())
            .filter(u -> scope().reaches(u.structure().id()))
            .orElseThrow(NotInTheTeam::new);
    return new SupportSession.Plan(
        form.title(),
        form.startsAt().atZone(FrenchCalendar.ZONE).toInstant(),
        form.minutes(),
        form.capacity(),
        person);
  }

  private PlanScope scope() {
    return PlanScope.of(currentUser.require());
  }

  static LocalDate today(Clock clock) {
    return FrenchCalendar.today(clock);
  }
}
