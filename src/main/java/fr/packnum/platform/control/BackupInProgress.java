package fr.packnum.platform.control;

/** A backup is being taken: one at a time. */
public class BackupInProgress extends ProblemException {

  public BackupInProgress() {
    super(409, "backup-in-progress");
  }
}
