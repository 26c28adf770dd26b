package fr.packnum.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The once-per-period claim of a scheduled job. Every instance of a cluster wakes up at the same
 * time; the one whose conditional update of the job's {@code job_runs} row succeeds does the work.
 * A job's row is inserted by the migration that introduces the job.
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
