package fr.packnum.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The once-per-period claim of a scheduled job. Every instance of a cluster wakes up at the same
 * time; the one whose conditional update of the job's {@code job_runs} row succeeds does the work.
 * A job's row is inserted by the migration that introduces the job. Nightly jobs claim a day
 * ({@link #claim}), hourly ones an hour ({@link #claimHour}).
 */
@ApplicationScoped
public class JobClaims {

  @PersistenceContext EntityManager em;

  /**
   * Claims the run of {@code job} for {@code day}: true for exactly one of several instances (or
   * several calls) on the same day, whatever the database.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(String job, LocalDate day) {
    java.sql.Date date = java.sql.Date.valueOf(day);
    int updated =
        em.createNativeQuery("UPDATE job_runs SET run_on = ? WHERE name = ? AND run_on < ?")
            .setParameter(1, date)
            .setParameter(2, job)
            .setParameter(3, date)
            .executeUpdate();
    return claimed(job, updated);
  }

  /**
   * Claims the run of {@code job} for the hour (UTC) holding {@code now}: true for exactly one of
   * several instances (or several calls) in the same hour.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claimHour(String job, Instant now) {
    java.sql.Timestamp hour =
        java.sql.Timestamp.valueOf(
            LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.HOURS), ZoneOffset.UTC));
    int updated =
        em.createNativeQuery(
                "UPDATE job_runs SET run_at = ? WHERE name = ? AND (run_at IS NULL OR run_at < ?)")
            .setParameter(1, hour)
            .setParameter(2, job)
            .setParameter(3, hour)
            .executeUpdate();
    return claimed(job, updated);
  }

  private boolean claimed(String job, int updated) {
    if (updated == 0
        && em.createNativeQuery("SELECT COUNT(*) FROM job_runs WHERE name = ?")
            .setParameter(1, job)
            .getSingleResult()
            .toString()
            .equals("0")) {
      throw new IllegalStateException("No job_runs row for the job " + job);
    }
    return updated == 1;
  }
}
