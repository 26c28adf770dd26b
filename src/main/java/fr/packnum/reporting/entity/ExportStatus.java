package fr.packnum.reporting.entity;

/** Where an export job stands. */
public enum ExportStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED
}
