package fr.packnum.accounts.boundary;

import fr.packnum.accounts.entity.AuditEvent;
import fr.packnum.accounts.entity.AuthenticatedUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The caller of the current request, for per-object checks and the audit log. */
@RequestScoped
public class CurrentUser {

  @Inject HttpServletRequest request;

  public Optional<AuthenticatedUser> get() {
    return Optional.ofNullable((AuthenticatedUser) request.getAttribute(SessionKeys.CALLER));
  }

  /** The caller; endpoints reaching this are behind {@code @RolesAllowed}, so there is one. */
  public AuthenticatedUser require() {
    return get().orElseThrow(() -> new IllegalStateException("No authenticated caller"));
  }

  public AuditEvent.Actor actor() {
    return get().map(AuthenticatedUser::actor).orElse(AuditEvent.Actor.SYSTEM);
  }
}
