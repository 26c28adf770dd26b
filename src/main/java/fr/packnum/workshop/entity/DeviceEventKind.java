package fr.packnum.workshop.entity;

/** What happened to a device, as its history shows it. */
public enum DeviceEventKind {
  RECEIVED,
  STATUS_CHANGED,
  DETAILS_UPDATED,
  DRIVE_ADDED,
  ERASURE_RECORDED,
  NO_STORAGE_RECORDED,
  TEST_RECORDED,
  OS_INSTALLED,
  GRADED,
  PART_USED,
  PARTS_HARVESTED,
  SCRAPPED,
  CERTIFICATE_ISSUED
}
