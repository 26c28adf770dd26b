package fr.packnum.accounts.entity;

/** What a user does in PackNum; the names are the role names used in {@code @RolesAllowed}. */
public enum Role {
  ADMIN,
  COORDINATOR,
  TECHNICIAN,
  SOCIAL_WORKER,
  SUPPORT,
  PARTNER;

  /** The operator's account can change everybody's: it always signs in with a second factor. */
  public boolean requiresSecondFactor() {
    return this == ADMIN;
  }

  /**
   * Whether an API token may be issued for this role. Never for an administrator: a token skips the
   * second factor that protects the most powerful account.
   */
  public boolean mayHoldApiToken() {
    return this != ADMIN;
  }
}
