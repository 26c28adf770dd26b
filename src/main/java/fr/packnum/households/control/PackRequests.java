package fr.packnum.households.control;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PackRequestCancelled;
import fr.packnum.households.entity.RequestStatus;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.entity.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pack request's use cases that more than the request itself decides: opening one (one open
 * request per household, a cap on each structure's open requests) and the grant a decision records
 * or a cancellation withdraws. Every caller goes through here — the API, the sample data, the
 * matching — inside the caller's transaction.
 */
@ApplicationScoped
public class PackRequests {

  @Inject PackRequestStore requests;
  @Inject Event<PackRequestCancelled> cancelled;

  @Inject
  @ConfigProperty(name = "packnum.requests.max-open-per-structure", defaultValue = "50")
  int defaultMaxOpen;

  /**
   * Opens a draft request for {@code household}. The structure's row stays locked until the
   * transaction ends, so that two requests opened at once are counted one after the other against
   * its cap.
   *
   * @throws OpenRequestExists when the household already has an open request
   * @throws OpenRequestQuotaReached when the structure has as many open requests as it may
   */
  public PackRequest open(Household household, PackRequest.Wish wish, Actor actor, Instant now) {
    Structure structure = requests.lockStructure(household.structure());
    if (requests.openFor(household).isPresent()) {
      throw new OpenRequestExists();
    }
    int max = structure.maxOpenRequests().orElse(defaultMaxOpen);
    if (requests.openCount(structure) >= max) {
      throw new OpenRequestQuotaReached(max);
    }
    PackRequest request = new PackRequest(requests.newReference(), household, wish, actor, now);
    requests.add(request);
    return request;
  }

  /** The coordinator's decision on a submitted request. */
  public void decide(
      PackRequest request, RequestStatus outcome, String justification, Actor actor, Instant now) {
    request.decide(outcome, justification, actor, now);
  }

  /**
   * The household received its pack: it is remembered by the household's identity hash (on the
   * French calendar day of the hand-over) for the repeat period, whichever structure referred it.
   * "One pack per household" means a pack delivered, not one promised.
   */
  public void deliver(PackRequest request, String deviceTag, Actor actor, Instant now) {
    request.delivered(deviceTag, actor, now);
    request
        .household()
        .identityHash()
        .ifPresent(hash -> requests.recordGrant(request, hash, FrenchCalendar.dayOf(now)));
  }

  /**
   * Cancels the request; a pack it was granted no longer counts against a repeat, and whoever holds
   * something for it (a reserved device) is told in the same transaction.
   */
  public void cancel(PackRequest request, String reason, Actor actor, Instant now) {
    RequestStatus from = request.status();
    request.cancel(reason, actor, now);
    requests.withdrawGrant(request);
    cancelled.fire(new PackRequestCancelled(request, from));
  }
}
