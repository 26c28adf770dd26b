package fr.packnum.reporting.control;

import fr.packnum.reporting.entity.ExportJob;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs export jobs in the background, on the server's managed executor: the instance that claims a
 * job writes its file to a temporary file (progress saved every {@link #PROGRESS_EVERY}), then into
 * the database as chunks, with its DONE, in one transaction. A job whose instance died is claimed
 * again by another after {@link #STALE}.
 */
@ApplicationScoped
public class StatementExports {

  /** How often the rows written are saved, so a page shows the progress of a long export. */
  static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

  /** A RUNNING job whose heartbeat is older than this lost its instance. */
  public static final Duration STALE = Duration.ofMinutes(2);

  private static final Logger LOG = Logger.getLogger(StatementExports.class.getName());
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  @Resource ManagedExecutorService executor;
  @PersistenceContext EntityManager em;
  @Inject ExportJobStore jobs;
  @Inject Statements statements;
  @Inject Clock clock;

  /** Runs the job soon, on another thread. */
  public void start(long jobId) {
    executor.submit(() -> run(jobId));
  }

  /** Claims the jobs waiting too long or lost with their instance, and runs them. */
  public int resume() {
    Instant now = clock.instant();
    int started = 0;
    for (long id : jobs.waiting(now.minusSeconds(30), now.minus(STALE))) {
      start(id);
      started++;
    }
    return started;
  }

  /** Runs the job if this instance claims it; a failure is recorded on the job by its name. */
  public void run(long jobId) {
    run(jobId, StatementWorkbook.PROGRESS_EVERY, done -> {});
  }

  /**
   * {@link #run(long)} with the pack rows counted every {@code every} rows and {@code saved} told
   * the rows done after each progress saved, on the runner's thread: what an in-server test uses to
   * look at a job while it runs (a plain Java call, reachable from no HTTP request).
   */
  public void run(long jobId, int every, LongConsumer saved) {
    Instant now = clock.instant();
    if (!jobs.claim(jobId, now, now.minus(STALE))) {
      return;
    }
    Path file = null;
    try {
      ExportJob job = em.find(ExportJob.class, jobId);
      file = Files.createTempFile("packnum-statement-", "." + job.format().extension());
      AtomicLong total = new AtomicLong(-1);
      Instant[] savedAt = {Instant.EPOCH};
      long rows;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        rows =
            statements.write(
                job.convention(),
                job.from(),
                job.to(),
                job.format(),
                job.requestedByName(),
                clock.instant(),
                out,
                count -> {
                  total.set(count);
                  jobs.progress(jobId, count, 0, clock.instant());
                },
                every,
                done -> {
                  Instant at = clock.instant();
                  if (Duration.between(savedAt[0], at).compareTo(PROGRESS_EVERY) >= 0) {
                    savedAt[0] = at;
                    jobs.progress(jobId, null, done, at);
                    saved.accept(done);
                  }
                });
      }
      if (jobs.done(jobId, file, fileName(job), rows, clock.instant())) {
        LOG.log(Level.INFO, "Export job {0} done: {1} rows", new Object[] {jobId, rows});
      } else {
        LOG.log(Level.WARNING, "Export job {0} was claimed by another instance", jobId);
      }
    } catch (RuntimeException | IOException failure) {
      jobs.failed(jobId, failure.getClass().getSimpleName(), clock.instant());
      LOG.log(
          Level.WARNING,
          "Export job {0} failed: {1}",
          new Object[] {jobId, failure.getClass().getName()});
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          LOG.log(Level.FINE, "Temporary export file left: {0}", file);
        }
      }
    }
  }

  /** "releve-emmaus-connect-2026-01-01-2026-03-31.xlsx": the partner, the period, the format. */
  static String fileName(ExportJob job) {
    String partner =
        java.text.Normalizer.normalize(
                job.convention().partner().name(), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return "releve-"
        + partner
        + "-"
        + DAY.format(job.from())
        + "-"
        + DAY.format(job.to())
        + "."
        + job.format().extension();
  }
}
