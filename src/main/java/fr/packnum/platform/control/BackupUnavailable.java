package fr.packnum.platform.control;

/**
 * No backup by PackNum on this database: PostgreSQL is backed up with pg_dump, an in-memory
 * database not at all.
 */
public class BackupUnavailable extends ProblemException {

  public BackupUnavailable() {
    super(409, "backup-unavailable");
  }
}
