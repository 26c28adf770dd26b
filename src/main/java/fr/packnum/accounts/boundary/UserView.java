package fr.packnum.accounts.boundary;

import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.User;
import java.time.Instant;
import java.util.Set;

/** A user as the API shows it: never the password hash nor the TOTP secret. */
public record UserView(
    long id,
    String username,
    String displayName,
    String email,
    Role role,
    long structureId,
    String structureName,
    boolean active,
    boolean totpEnabled,
    Instant createdAt,
    Set<User.Action> actions,
    long version) {

  public static UserView of(User user) {
    return new UserView(
        user.id(),
        user.username(),
        user.displayName(),
        user.email().orElse(null),
        user.role(),
        user.structure().id(),
        user.structure().name(),
        user.isActive(),
        user.isTotpEnabled(),
        user.createdAt(),
        user.actions(),
        user.version());
  }
}
