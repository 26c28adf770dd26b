package fr.packnum.accounts.boundary;

import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.platform.control.DatabaseBackups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * The administrator's backups of embedded Derby, taken by the running server (see {@link
 * DatabaseBackups}): one now, before an upgrade or a risky change, beside the nightly one; and the
 * list, to check that last night's is there. Each one taken is in the audit log. On PostgreSQL,
 * 409: its backups are {@code pg_dump}'s.
 */
@Path("admin/backups")
@ApplicationScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

  @Inject DatabaseBackups backups;
  @Inject AuditLog audit;

  /** A backup: its name, the directory that holds it on the server, its size and its time. */
  public record BackupView(String name, String path, long sizeBytes, Instant takenAt) {
    static BackupView of(DatabaseBackups.Backup backup) {
      return new BackupView(
          backup.name(), backup.path().toString(), backup.sizeBytes(), backup.takenAt());
    }
  }

  @GET
  public List<BackupView> list() {
    return backups.list().stream().map(BackupView::of).toList();
  }

  /** Takes a backup now; answers when it is complete. */
  @POST
  public Response take() {
    DatabaseBackups.Backup backup = backups.take();
    audit.record(AuditAction.BACKUP, "backup", backup.name());
    return Response.status(Response.Status.CREATED).entity(BackupView.of(backup)).build();
  }
}
