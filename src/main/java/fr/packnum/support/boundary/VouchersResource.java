package fr.packnum.support.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.Page;
import fr.packnum.support.control.PlanScope;
import fr.packnum.support.control.PlanStore;
import fr.packnum.support.control.VoucherNotFound;
import fr.packnum.support.control.VoucherStore;
import fr.packnum.support.control.Vouchers;
import fr.packnum.support.entity.Voucher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Pass numérique vouchers at the counter, by the serial typed or scanned: what it is and where it
 * stands; issued by a team to a household it follows up; redeemed at any support place, once.
 */
@Path("vouchers")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VouchersResource {

  static final String TARGET = "voucher";

  @Inject Vouchers use;
  @Inject VoucherStore vouchers;
  @Inject PlanStore plans;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public record Issue(@NotNull Long planId) {}

  public record Redemption(@NotNull Long placeId) {}

  /** A plan's vouchers, for the team that follows the household up. */
  @GET
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public Page<VoucherView> ofPlan(
      @Valid @BeanParam Paging paging, @QueryParam("planId") @NotNull Long planId) {
    plans.get(planId, scope());
    LocalDate today = today();
    return vouchers
        .ofPlan(planId, paging.offset(), paging.size())
        .map(v -> VoucherView.of(v, scope(), today));
  }

  /** Any support person may look a serial up: the household redeems it at their place. */
  @GET
  @Path("{serial}")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public VoucherView get(@PathParam("serial") String serial) {
    return view(vouchers.get(serial(serial)));
  }

  /** Issues the voucher to a household the caller's team follows up, from the team's book. */
  @POST
  @Path("{serial}/issue")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public VoucherView issue(@PathParam("serial") String serial, @NotNull @Valid Issue issue) {
    Voucher voucher =
        use.issue(serial(serial), issue.planId(), scope(), currentUser.signature(), today());
    audit.record(AuditAction.UPDATE, TARGET, voucher.serial());
    return view(voucher);
  }

  /** The household paid an hour at the place with it; any team's counter redeems it, once. */
  @POST
  @Path("{serial}/redemption")
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public VoucherView redeem(
      @PathParam("serial") String serial, @NotNull @Valid Redemption redemption) {
    Voucher voucher =
        use.redeem(serial(serial), redemption.placeId(), currentUser.signature(), today());
    audit.record(AuditAction.UPDATE, TARGET, voucher.serial());
    return view(voucher);
  }

  private VoucherView view(Voucher voucher) {
    return VoucherView.of(voucher, scope(), today());
  }

  /** The serial as printed: spaces a scanner or a person typed dropped, upper case. */
  private static String serial(String typed) {
    String serial = Voucher.serialOf(typed);
    if (serial.isEmpty() || serial.length() > Voucher.SERIAL_LENGTH) {
      throw new VoucherNotFound();
    }
    return serial;
  }

  private PlanScope scope() {
    return PlanScope.of(currentUser.require());
  }

  private LocalDate today() {
    return FrenchCalendar.today(clock);
  }
}
