package fr.packnum.reporting.control;

import fr.packnum.platform.boundary.Database;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import fr.packnum.reporting.entity.ExportJob;
import fr.packnum.reporting.entity.ExportStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Export jobs in the database. Creating and reading go through JPA; the runner's steps (claim,
 * progress, file, failure) are single conditional UPDATEs on their own auto-committed connection,
 * so that exactly one instance claims a job and every instance reads its progress at once; the file
 * is stored and read as chunks ({@link ExportChunks}), never held whole in memory.
 */
@ApplicationScoped
public class ExportJobStore {

  @PersistenceContext EntityManager em;

  @Resource(lookup = Database.JNDI_NAME)
  javax.sql.DataSource dataSource;

  public void add(ExportJob job) {
    em.persist(job);
    em.flush();
  }

  /** The job, if the caller reaches its convention; another partner's is "not found". */
  public ExportJob get(long id, ConventionStore.Scope scope) {
    ExportJob job = em.find(ExportJob.class, id);
    if (job == null || !scope.reaches(job.convention())) {
      throw new ExportJobNotFound();
    }
    em.refresh(job); // the runner writes with plain SQL: read the row as it is now
    return job;
  }

  /** A convention's exports, the latest first. */
  public Page<ExportJob> list(long conventionId, int offset, int size) {
    return PagedQuery.of(ExportJob.class, "j")
        .where("j.convention.id = :convention", "convention", conventionId)
        .page(em, "j.requestedAt desc, j.id desc", offset, size);
  }

  /**
   * Claims the job for this instance: true for one caller only, whether it is QUEUED or RUNNING
   * with a heartbeat older than {@code staleBefore} (its instance died).
   */
  public boolean claim(long id, Instant now, Instant staleBefore) {
    return update(
            "UPDATE reporting_export_jobs SET status = 'RUNNING', started_at = ?, heartbeat_at = ?,"
                + " rows_done = 0, version = version + 1 WHERE id = ? AND (status = 'QUEUED'"
                + " OR (status = 'RUNNING' AND heartbeat_at < ?))",
            utc(now),
            utc(now),
            id,
            utc(staleBefore))
        == 1;
  }

  public void progress(long id, Long total, long done, Instant now) {
    update(
        "UPDATE reporting_export_jobs SET rows_total = COALESCE(?, rows_total), rows_done = ?,"
            + " heartbeat_at = ?, version = version + 1 WHERE id = ? AND status = 'RUNNING'",
        total,
        done,
        utc(now),
        id);
  }

  /**
   * The file is written: stored as chunks and the job DONE in one transaction, its file then
   * downloadable from every instance. False, with nothing stored, when the job is no longer
   * RUNNING.
   */
  public boolean done(long id, Path file, String name, long rows, Instant now) {
    try (InputStream content = Files.newInputStream(file)) {
      return chunks().store(id, content, name, rows, now);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  public void failed(long id, String failure, Instant now) {
    update(
        "UPDATE reporting_export_jobs SET status = 'FAILED', failure = ?, finished_at = ?,"
            + " version = version + 1 WHERE id = ? AND status = 'RUNNING'",
        failure.length() > 200 ? failure.substring(0, 200) : failure,
        utc(now),
        id);
  }

  /** Jobs to pick up: QUEUED since before {@code queuedBefore}, or RUNNING without a heartbeat. */
  public List<Long> waiting(Instant queuedBefore, Instant staleBefore) {
    List<Long> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT id FROM reporting_export_jobs WHERE (status = 'QUEUED' AND requested_at < ?)"
                    + " OR (status = 'RUNNING' AND heartbeat_at < ?) ORDER BY id")) {
      query.setTimestamp(1, utc(queuedBefore));
      query.setTimestamp(2, utc(staleBefore));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("Export jobs not read", failure);
    }
    return ids;
  }

  /** Copies a DONE job's file to {@code out}, a chunk at a time. */
  public void download(long id, OutputStream out) throws IOException {
    chunks().copy(id, out);
  }

  private ExportChunks chunks() {
    return new ExportChunks(dataSource, ExportChunks.CHUNK_BYTES);
  }

  private int update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] == null) {
          update.setNull(i + 1, java.sql.Types.BIGINT);
        } else {
          update.setObject(i + 1, parameters[i]);
        }
      }
      return update.executeUpdate();
    } catch (SQLException failure) {
      throw new IllegalStateException("Export job not updated", failure);
    }
  }

  static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /** How many export jobs are in {@code status}, every convention's. */
  public long countIn(ExportStatus status) {
    return em.createQuery("select count(j) from ExportJob j where j.status = :status", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }
}
