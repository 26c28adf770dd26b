package fr.packnum.platform.control;

/**
 * Fired once at start-up, inside one transaction, when demonstration data is wanted ({@link
 * SampleDataSwitch}). Each component observes it in its own boundary and seeds its own samples
 * through its own use cases, recognised by its {@link SampleDataLoads} marker; observers are
 * ordered by {@code @Priority} along the component graph (accounts first, then those who need its
 * structures and users).
 */
public record SampleDataRequested() {

  /** Observer priorities, in the order of the component graph. */
  public static final int ACCOUNTS = 100;

  public static final int WORKSHOP = 200;

  public static final int HOUSEHOLDS = 300;

  public static final int MATCHING = 350;

  public static final int CONNECTIVITY = 400;
  public static final int SUPPORT = 500;

  public static final int REPORTING = 600;
}
