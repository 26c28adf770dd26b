package fr.packnum.workshop.entity;

/** What a donated device is. */
public enum DeviceType {
  LAPTOP(true),
  DESKTOP(true),
  ALL_IN_ONE(true),
  TABLET(true),
  SMARTPHONE(true),
  SCREEN(false),
  /** A 4G router ("box 4G") lent with a mobile data offer. */
  BOX_4G(false),
  OTHER(false);

  private final boolean runsOperatingSystem;

  DeviceType(boolean runsOperatingSystem) {
    this.runsOperatingSystem = runsOperatingSystem;
  }

  /** Whether a household uses the device through an operating system the workshop installs. */
  public boolean runsOperatingSystem() {
    return runsOperatingSystem;
  }
}
