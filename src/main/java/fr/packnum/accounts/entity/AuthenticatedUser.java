package fr.packnum.accounts.entity;

/** Who is calling, as established for this request by session or API token. */
public record AuthenticatedUser(long id, String username, Role role, long structureId) {

  public static AuthenticatedUser of(User user) {
    return new AuthenticatedUser(user.id(), user.username(), user.role(), user.structure().id());
  }

  public AuditEvent.Actor actor() {
    return new AuditEvent.Actor(id, username, role);
  }
}
