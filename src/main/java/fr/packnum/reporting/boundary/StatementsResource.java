package fr.packnum.reporting.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.Role;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Page;
import fr.packnum.reporting.control.ConventionStore;
import fr.packnum.reporting.control.ExportJobStore;
import fr.packnum.reporting.control.ExportNotReady;
import fr.packnum.reporting.control.StatementExports;
import fr.packnum.reporting.control.Statements;
import fr.packnum.reporting.entity.Convention;
import fr.packnum.reporting.entity.ExportFormat;
import fr.packnum.reporting.entity.ExportJob;
import fr.packnum.reporting.entity.ExportStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Partner statements: downloaded at once over the API (a partner's bearer token, {@code Accept:}
 * the workbook or CSV), or run as a job whose progress a page follows and whose file stays
 * downloadable, from any instance, after a reload. A partner reaches its own conventions only;
 * every download is audited.
 */
@Path("statements")
@ApplicationScoped
@Transactional
public class StatementsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv";
  static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

  @Inject ConventionStore conventions;
  @Inject ExportJobStore jobs;
  @Inject Statements statements;
  @Inject StatementExports exports;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry transaction;

  /** A statement to produce in the background. */
  public record JobForm(
      @NotNull Long conventionId,
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      @NotNull ExportFormat format) {}

  /** An export's progress, and its file once done. */
  public record JobView(
      long id,
      long conventionId,
      String convention,
      LocalDate from,
      LocalDate to,
      ExportFormat format,
      ExportStatus status,
      long rowsDone,
      Long rowsTotal,
      Long secondsLeft,
      String requestedBy,
      Instant requestedAt,
      Instant finishedAt,
      String fileName,
      Long fileBytes,
      String failure) {

    static JobView of(ExportJob job, Instant now) {
      return new JobView(
          job.id(),
          job.convention().id(),
          job.convention().name(),
          job.from(),
          job.to(),
          job.format(),
          job.status(),
          job.rowsDone(),
          job.rowsTotal().orElse(null),
          job.timeLeft(now).map(java.time.Duration::toSeconds).orElse(null),
          job.requestedByName(),
          job.requestedAt(),
          job.finishedAt().orElse(null),
          job.fileName().orElse(null),
          job.fileBytes().orElse(null),
          job.failure().orElse(null));
    }
  }

  /**
   * The statement of a convention for {@code from}–{@code to} (clipped to the convention's period),
   * written as the caller accepts it: the workbook by default, CSV with {@code Accept: text/csv}.
   */
  @GET
  @Produces({XLSX, CSV})
  @RolesAllowed({"COORDINATOR", "PARTNER"})
  public Response download(
      @QueryParam("conventionId") @NotNull Long conventionId,
      @QueryParam("from") @NotNull @Pattern(regexp = DAY, message = "reporting.day") String from,
      @QueryParam("to") @NotNull @Pattern(regexp = DAY, message = "reporting.day") String to,
      @Context HttpHeaders headers) {
    Convention convention = conventions.get(conventionId, scope());
    LocalDate[] period = Statements.period(convention, day(from), day(to));
    ExportFormat format =
        headers.getAcceptableMediaTypes().stream()
                .anyMatch(
                    type -> type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType())
            ? ExportFormat.CSV
            : ExportFormat.XLSX;
    String producedBy = currentUser.displayName();
    Instant now = clock.instant();
    audit.record(AuditAction.EXPORT, ConventionsResource.TARGET, conventionId);
    StreamingOutput body =
        out ->
            statements.write(
                convention,
                period[0],
                period[1],
                format,
                producedBy,
                now,
                out,
                total -> {},
                done -> {});
    return Response.ok(body, format.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"releve-"
                + conventionId
                + "-"
                + period[0]
                + "-"
                + period[1]
                + "."
                + format.extension()
                + "\"")
        .build();
  }

  /** Starts an export job; it runs once this request is committed. */
  @POST
  @Path("jobs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"COORDINATOR", "PARTNER"})
  public Response start(@NotNull @Valid JobForm form, @Context UriInfo uri) {
    Convention convention = conventions.get(form.conventionId(), scope());
    LocalDate[] period = Statements.period(convention, form.from(), form.to());
    AuthenticatedUser caller = currentUser.require();
    ExportJob job =
        new ExportJob(
            convention,
            period[0],
            period[1],
            form.format(),
            caller.id(),
            currentUser.displayName(),
            clock.instant());
    jobs.add(job);
    long id = job.id();
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              exports.start(id);
            }
          }
        });
    audit.record(AuditAction.CREATE, JOB, id);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(JobView.of(job, clock.instant()))
        .build();
  }

  /** A convention's exports, the latest first. */
  @GET
  @Path("jobs")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"COORDINATOR", "PARTNER"})
  public Page<JobView> jobs(
      @QueryParam("conventionId") @NotNull Long conventionId, @Valid @BeanParam Paging paging) {
    Convention convention = conventions.get(conventionId, scope());
    Instant now = clock.instant();
    return jobs.list(convention.id(), paging.offset(), paging.size())
        .map(job -> JobView.of(job, now));
  }

  @GET
  @Path("jobs/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"COORDINATOR", "PARTNER"})
  public JobView job(@PathParam("id") long id) {
    return JobView.of(jobs.get(id, scope()), clock.instant());
  }

  /** The file of a DONE export; 409 while it runs or when it failed. */
  @GET
  @Path("jobs/{id}/file")
  @Produces({XLSX, CSV})
  @RolesAllowed({"COORDINATOR", "PARTNER"})
  public Response file(@PathParam("id") long id) {
    ExportJob job = jobs.get(id, scope());
    if (job.status() != ExportStatus.DONE) {
      throw new ExportNotReady();
    }
    audit.record(AuditAction.EXPORT, JOB, id);
    StreamingOutput body = out -> jobs.download(id, out);
    return Response.ok(body, job.format().mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + job.fileName().orElse("releve") + "\"")
        .header("Content-Length", job.fileBytes().orElse(null))
        .build();
  }

  static final String JOB = "statement-job";

  private ConventionStore.Scope scope() {
    AuthenticatedUser caller = currentUser.require();
    return caller.role() == Role.PARTNER
        ? new ConventionStore.Scope(caller.structureId())
        : ConventionStore.Scope.ALL;
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException impossible) {
      throw new jakarta.ws.rs.BadRequestException("day");
    }
  }
}
