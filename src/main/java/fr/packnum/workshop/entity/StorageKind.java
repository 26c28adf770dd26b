package fr.packnum.workshop.entity;

/** The kind of a storage drive; it decides which erasure methods apply (NIST SP 800-88). */
public enum StorageKind {
  HDD,
  SSD,
  NVME,
  EMMC,
  OTHER
}
