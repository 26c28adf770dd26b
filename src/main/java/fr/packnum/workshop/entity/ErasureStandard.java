package fr.packnum.workshop.entity;

/** The sanitisation level claimed (NIST SP 800-88 Rev. 1), or another recognised standard. */
public enum ErasureStandard {
  NIST_800_88_CLEAR("NIST SP 800-88 Clear"),
  NIST_800_88_PURGE("NIST SP 800-88 Purge"),
  NIST_800_88_DESTROY("NIST SP 800-88 Destroy"),
  IEEE_2883_CLEAR("IEEE 2883 Clear"),
  IEEE_2883_PURGE("IEEE 2883 Purge"),
  OTHER("Other");

  private final String label;

  ErasureStandard(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
