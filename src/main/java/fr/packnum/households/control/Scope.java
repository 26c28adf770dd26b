package fr.packnum.households.control;

import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.Role;
import java.util.Optional;

/**
 * Which households a caller reaches: a social worker, those of their own structure; the
 * coordination and the administrator, all of them. Every household and request query goes through a
 * scope, so another structure's records are neither listed, nor counted, nor found.
 */
public record Scope(Long structureId) {

  public static final Scope ALL = new Scope(null);

  public static Scope of(AuthenticatedUser caller) {
    return caller.role() == Role.SOCIAL_WORKER ? new Scope(caller.structureId()) : ALL;
  }

  public Optional<Long> structure() {
    return Optional.ofNullable(structureId);
  }

  public boolean reaches(long structure) {
    return structureId == null || structureId == structure;
  }
}
