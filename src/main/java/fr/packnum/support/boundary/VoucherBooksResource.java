package fr.packnum.support.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Page;
import fr.packnum.support.control.PlanScope;
import fr.packnum.support.control.VoucherStore;
import fr.packnum.support.control.Vouchers;
import fr.packnum.support.entity.VoucherBook;
import fr.packnum.support.entity.VoucherStatus;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The books ("carnets") of pass numérique vouchers funders send to support teams: the coordination
 * records each one received, with its serials; a support person sees their team's, with how many
 * vouchers are still to issue, issued and redeemed.
 */
@Path("voucher-books")
@ApplicationScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoucherBooksResource {

  static final String TARGET = "voucher-book";

  @Inject Vouchers use;
  @Inject VoucherStore vouchers;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  /** A book as the funder's delivery note describes it; the serials are checked by the book. */
  public record BookForm(
      @NotNull String funder,
      @NotNull Long structureId,
      @NotNull LocalDate receivedOn,
      @NotNull LocalDate expiresOn,
      @NotNull String firstSerial,
      @NotNull Integer count) {}

  public record BookView(
      long id,
      String funder,
      long structureId,
      String structure,
      LocalDate receivedOn,
      LocalDate expiresOn,
      String firstSerial,
      String lastSerial,
      int count,
      long received,
      long issued,
      long redeemed,
      long version) {}

  @POST
  @Idempotent
  @RolesAllowed("COORDINATOR")
  public Response receive(@NotNull @Valid BookForm form, @Context UriInfo uri) {
    VoucherBook book =
        use.receive(
            new VoucherBook.Receipt(
                form.funder(),
                use.team(form.structureId()),
                form.receivedOn(),
                form.expiresOn(),
                form.firstSerial(),
                form.count()),
            currentUser.signature());
    audit.record(AuditAction.CREATE, TARGET, book.id());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(book.id())).build())
        .entity(view(book, vouchers.counts(List.of(book.id())).get(book.id())))
        .build();
  }

  /** The coordination's every book; a support person's, their team's. */
  @GET
  @RolesAllowed({"SUPPORT", "COORDINATOR"})
  public Page<BookView> list(@Valid @BeanParam Paging paging) {
    Page<VoucherBook> page =
        vouchers.books(PlanScope.of(currentUser.require()), paging.offset(), paging.size());
    Map<Long, Map<VoucherStatus, Long>> counts =
        vouchers.counts(page.items().stream().map(VoucherBook::id).toList());
    return page.map(b -> view(b, counts.get(b.id())));
  }

  private static BookView view(VoucherBook b, Map<VoucherStatus, Long> counts) {
    return new BookView(
        b.id(),
        b.funder(),
        b.structure().id(),
        b.structure().name(),
        b.receivedOn(),
        b.expiresOn(),
        b.firstSerial(),
        b.lastSerial(),
        b.count(),
        counts.get(VoucherStatus.RECEIVED),
        counts.get(VoucherStatus.ISSUED),
        counts.get(VoucherStatus.REDEEMED),
        b.version());
  }
}
