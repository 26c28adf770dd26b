package fr.packnum.accounts.boundary;

import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuditEvent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** The audit log, for administrators: who did or saw what, on which record, when. */
@Path("audit-events")
@ApplicationScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {

  @Inject AuditLog audit;

  public record AuditEventView(
      long id,
      Instant occurredAt,
      Long actorId,
      String actorUsername,
      String actorRole,
      AuditAction action,
      String targetType,
      String targetId) {
    static AuditEventView of(AuditEvent e) {
      return new AuditEventView(
          e.id(),
          e.occurredAt(),
          e.actorId(),
          e.actorUsername(),
          e.actorRole(),
          e.action(),
          e.targetType(),
          e.targetId());
    }
  }

  @GET
  public Page<AuditEventView> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("targetType") String targetType,
      @QueryParam("targetId") String targetId,
      @QueryParam("actorId") Long actorId,
      @QueryParam("action") AuditAction action) {
    return audit
        .list(
            new AuditLog.Filter(targetType, targetId, actorId, action),
            paging.offset(),
            paging.size())
        .map(AuditEventView::of);
  }
}
