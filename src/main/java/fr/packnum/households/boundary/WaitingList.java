package fr.packnum.households.boundary;

import fr.packnum.households.control.PackRequestStore;
import fr.packnum.households.control.PackRequests;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.platform.entity.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The households' use cases for matching and support: the waiting list of ELIGIBLE requests a
 * device is matched to, and back; then the follow-up after the hand-over, until the request closes.
 * Runs inside the caller's transaction, like the workshop's {@code Shelf}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WaitingList {

  @Inject PackRequestStore requests;
  @Inject PackRequests packRequests;

  /** The ELIGIBLE request, its row locked, now MATCHED with the device {@code deviceTag}. */
  public PackRequest match(long requestId, String deviceTag, Actor actor, Instant now) {
    PackRequest request = requests.locked(requestId);
    request.match(deviceTag, actor, now);
    return request;
  }

  /** The MATCHED request now has its hand-over appointment ({@code when}, as the history says). */
  public PackRequest handoverBooked(long requestId, String when, Actor actor, Instant now) {
    PackRequest request = requests.locked(requestId);
    request.handoverBooked(when, actor, now);
    return request;
  }

  /**
   * The household received its pack; from now on it counts for "one pack per household" across
   * structures.
   */
  public PackRequest delivered(long requestId, String deviceTag, Actor actor, Instant now) {
    PackRequest request = requests.locked(requestId);
    packRequests.deliver(request, deviceTag, actor, now);
    return request;
  }

  /**
   * The household brought its device back: the request waits for another one ({@code wantsAnother},
   * its waiting time kept) or is closed.
   */
  public PackRequest returned(
      long requestId, String why, boolean wantsAnother, Actor actor, Instant now) {
    PackRequest request = requests.locked(requestId);
    request.returned(why, wantsAnother, actor, now);
    return request;
  }

  /** The DELIVERED request's household is now followed up: IN_FOLLOW_UP. */
  public PackRequest followUpStarted(long requestId, Actor actor, Instant now) {
    PackRequest request = requests.locked(requestId);
    request.followUpStarted(actor, now);
    return request;
  }

  /** The follow-up ended with {@code outcome}: the request is CLOSED. */
  public PackRequest followUpClosed(long requestId, String outcome, Actor actor, Instant now) {
    PackRequest request = requests.locked(requestId);
    request.followUpClosed(outcome, actor, now);
    return request;
  }

  /** The request back in the queue, its waiting time kept. */
  public PackRequest requeue(long requestId, String why, Actor actor, Instant now) {
    PackRequest request = requests.locked(requestId);
    request.requeue(why, actor, now);
    return request;
  }
}
