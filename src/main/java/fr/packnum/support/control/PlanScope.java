package fr.packnum.support.control;

import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.Role;

/**
 * Which support plans and sessions a caller reaches: a support person, their team's (the structure
 * they work in: colleagues stand in for each other); the coordination, all of them.
 */
public record PlanScope(Long structureId) {

  public static final PlanScope ALL = new PlanScope(null);

  public static PlanScope of(AuthenticatedUser caller) {
    return caller.role() == Role.SUPPORT ? new PlanScope(caller.structureId()) : ALL;
  }

  public boolean reaches(long structure) {
    return structureId == null || structureId == structure;
  }
}
