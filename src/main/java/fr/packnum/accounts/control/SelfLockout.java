package fr.packnum.accounts.control;

import fr.packnum.accounts.entity.Role;
import fr.packnum.platform.control.ProblemException;

/**
 * An administrator may not deactivate their own account nor take away their own ADMIN role: the
 * last administrator doing so would lock everybody out of user management.
 */
public class SelfLockout extends ProblemException {

  public SelfLockout() {
    super(409, "self-lockout");
  }

  /** Refuses a change of the caller's own account that would remove their administration rights. */
  public static void check(long callerId, long targetId, Role newRole, boolean staysActive) {
    if (callerId == targetId && (newRole != Role.ADMIN || !staysActive)) {
      throw new SelfLockout();
    }
  }
}
