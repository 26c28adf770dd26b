package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.StructureStore;
import fr.packnum.accounts.control.UserStore;
import fr.packnum.accounts.entity.AuditEvent;
import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.entity.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The caller of the current request, for per-object checks and the audit log. */
@ApplicationScoped
public class CurrentUser {

  @Inject HttpServletRequest request;
  @Inject UserStore users;
  @Inject StructureStore structures;

  public Optional<AuthenticatedUser> get() {
    return Optional.ofNullable((AuthenticatedUser) request.getAttribute(SessionKeys.CALLER));
  }

  /** The caller; endpoints reaching this are behind {@code @RolesAllowed}, so there is one. */
  public AuthenticatedUser require() {
    return get().orElseThrow(() -> new IllegalStateException("No authenticated caller"));
  }

  /**
   * The caller's account as read to authenticate this request, a moment ago (detached: to read, not
   * to change; {@link UserStore#get} gives one to change).
   */
  public User account() {
    return request.getAttribute(SessionKeys.CALLER_ACCOUNT) instanceof User user
        ? user
        : users.get(require().id());
  }

  /** The caller's name as pages and certificates print it. */
  public String displayName() {
    return account().displayName();
  }

  /** The structure the caller works in; refused as a problem when it has been deactivated. */
  public Structure activeStructure() {
    return structures.getActive(require().structureId());
  }

  /** The caller as history lines sign it: id and display name ({@link Actor#SYSTEM} for none). */
  public Actor signature() {
    return get().map(caller -> new Actor(caller.id(), displayName())).orElse(Actor.SYSTEM);
  }

  public AuditEvent.Actor actor() {
    return get().map(AuthenticatedUser::actor).orElse(AuditEvent.Actor.SYSTEM);
  }
}
