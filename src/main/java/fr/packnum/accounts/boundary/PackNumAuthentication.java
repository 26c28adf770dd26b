package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.UserStore;
import fr.packnum.accounts.entity.AuthenticatedUser;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.boundary.HttpProblems;
import fr.packnum.platform.control.Csrf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Establishes the caller of every API request: a bearer token ({@code Authorization: Bearer pnk_…})
 * for partners and scripts, or the browser's session set up by {@link SessionResource}. A session
 * ends as soon as its user or structure is deactivated or the credentials change. Anything else is
 * anonymous, and {@code @RolesAllowed} decides.
 */
@ApplicationScoped
public class PackNumAuthentication implements HttpAuthenticationMechanism {

  @Inject UserStore users;
  @Inject TokenAuthentication tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      return context.doNothing();
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<User> user = tokens.authenticate(authorization.substring(7).strip());
      if (user.isEmpty()) {
        return refuse(request, response);
      }
      request.setAttribute(Csrf.AUTHENTICATED_BY, Csrf.BY_BEARER);
      return signIn(request, context, user.get());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SessionKeys.USER_ID) instanceof Long id) {
      Object version = session.getAttribute(SessionKeys.CREDENTIALS_VERSION);
      Optional<User> user =
          users
              .find(id)
              .filter(User::maySignIn)
              .filter(u -> version instanceof Integer v && v == u.credentialsVersion());
      if (user.isPresent()) {
        return signIn(request, context, user.get());
      }
      session.invalidate();
    }
    return context.doNothing();
  }

  private static AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, User user) {
    request.setAttribute(SessionKeys.CALLER, AuthenticatedUser.of(user));
    request.setAttribute(SessionKeys.CALLER_ACCOUNT, user);
    return context.notifyContainerAboutLogin(user.username(), Set.of(user.role().name()));
  }

  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"packnum\", error=\"invalid_token\"");
      HttpProblems.write(request, response, 401, "token-invalid");
    } catch (IOException clientGone) {
      response.setStatus(401);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
