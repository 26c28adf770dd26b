package fr.packnum.support.boundary;

import fr.packnum.support.entity.Booking;
import fr.packnum.support.entity.BookingStatus;
import fr.packnum.support.entity.CallStatus;
import fr.packnum.support.entity.FollowUpCall;
import fr.packnum.support.entity.PlanOutcome;
import fr.packnum.support.entity.PlanStatus;
import fr.packnum.support.entity.SupportPlan;
import java.time.LocalDate;
import java.util.List;

/**
 * What a household's social worker sees of its follow-up: where it stands and how it ended, not
 * what was said in the calls or the sessions.
 */
public record FollowUpStatus(
    long planId,
    long requestId,
    PlanStatus status,
    LocalDate startedOn,
    LocalDate closedOn,
    PlanOutcome outcome,
    String team,
    int milestones,
    int milestonesDone,
    LocalDate nextCallOn,
    long sessionsAttended) {

  static FollowUpStatus of(SupportPlan plan, List<Booking> bookings) {
    List<FollowUpCall> calls = plan.calls();
    int milestones = (int) calls.stream().mapToInt(FollowUpCall::position).distinct().count();
    int done =
        (int)
            calls.stream()
                .filter(c -> c.status() != CallStatus.DUE && c.status() != CallStatus.CANCELLED)
                .filter(c -> c.status() == CallStatus.REACHED || lastAttempt(calls, c))
                .mapToInt(FollowUpCall::position)
                .distinct()
                .count();
    return new FollowUpStatus(
        plan.id(),
        plan.request().id(),
        plan.status(),
        plan.startedOn(),
        plan.closedOn().orElse(null),
        plan.outcome().orElse(null),
        plan.structure().name(),
        milestones,
        done,
        plan.nextCall().map(FollowUpCall::dueOn).orElse(null),
        bookings.stream().filter(b -> b.status() == BookingStatus.ATTENDED).count());
  }

  // a milestone not reached counts as done once no retry follows it
  private static boolean lastAttempt(List<FollowUpCall> calls, FollowUpCall call) {
    return calls.stream()
        .noneMatch(c -> c.position() == call.position() && c.attempt() > call.attempt());
  }
}
