package fr.packnum.platform.boundary;

import fr.packnum.platform.control.DatabaseBackups;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.JobClaims;
import fr.packnum.platform.control.ProblemException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The nightly online backup of embedded Derby, at 02:30 in France, while the server keeps running
 * (see {@link DatabaseBackups}); {@code deployment/backup-derby.sh} then copies the newest one off
 * the machine. The day is claimed with {@link JobClaims}, so it runs once a night. Nothing to do on
 * PostgreSQL, whose backups are {@code pg_dump}'s.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupSchedule {

  static final String JOB = "derby-backup";

  private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());

  @Inject DatabaseBackups backups;
  @Inject JobClaims claims;
  @Inject Clock clock;

  @Schedule(hour = "2", minute = "30", timezone = "Europe/Paris", persistent = false)
  void nightly() {
    if (backups.available() && claims.claim(JOB, FrenchCalendar.dayOf(clock.instant()))) {
      try {
        backups.take();
      } catch (ProblemException e) {
        LOG.severe(() -> "The nightly backup was not taken: " + e.key());
      }
    }
  }
}
