package fr.packnum.workshop.entity;

/** How data was removed, in the vocabulary of NIST SP 800-88 Rev. 1. */
public enum ErasureMethod {
  /** Logical overwrite of every addressable block. */
  OVERWRITE,
  /** The drive's own secure erase command (ATA Secure Erase, NVMe Format/Sanitize). */
  BLOCK_ERASE,
  /** Destroying the media encryption key of a self-encrypting drive. */
  CRYPTOGRAPHIC_ERASE,
  DEGAUSS,
  /** Shredding or crushing; the drive then leaves with the device's scrap. */
  PHYSICAL_DESTRUCTION
}
