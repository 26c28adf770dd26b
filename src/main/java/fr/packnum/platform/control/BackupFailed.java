package fr.packnum.platform.control;

/** The backup could not be written (directory not writable, disk full): the log says why. */
public class BackupFailed extends ProblemException {

  public BackupFailed() {
    super(503, "backup-failed");
  }
}
