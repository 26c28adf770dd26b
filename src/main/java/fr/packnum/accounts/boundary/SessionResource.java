package fr.packnum.accounts.boundary;

import fr.packnum.platform.control.Csrf;
import fr.packnum.platform.control.QrCodes;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The browser's session: sign in with a password, then a TOTP code when required; read who is
 * signed in (and the CSRF token to send back); sign out. Open to anonymous callers by nature.
 */
@Path("session")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject SignIn signIn;
  @Inject CurrentUser currentUser;
  @Inject HttpServletRequest request;

  public record PasswordSignIn(
      @NotBlank @Size(max = 50) String username, @NotNull @Size(max = 128) String password) {}

  public record CodeSignIn(
      @NotNull @Pattern(regexp = "\\d{6}", message = "totp.format") String code) {}

  /**
   * The state of the session; {@code csrfToken} goes back in the {@code X-CSRF-Token} header.
   * During enrolment, {@code totpQr} is the {@code totpUri} as a QR code image ({@code data:} URI).
   */
  public record SessionView(
      boolean authenticated,
      String step,
      UserView user,
      String csrfToken,
      String totpSecret,
      String totpUri,
      String totpQr) {}

  @GET
  @PermitAll
  public SessionView current() {
    return currentUser
        .get()
        .map(caller -> view("SIGNED_IN", UserView.of(currentUser.account()), null, null))
        .orElseGet(() -> new SessionView(false, null, null, csrfToken(), null, null, null));
  }

  @POST
  @PermitAll
  public SessionView signIn(@NotNull @Valid PasswordSignIn credentials) {
    return view(signIn.withPassword(credentials.username(), credentials.password()));
  }

  @POST
  @Path("totp")
  @PermitAll
  public SessionView secondFactor(@NotNull @Valid CodeSignIn code) {
    return view(signIn.withCode(code.code()));
  }

  @DELETE
  @PermitAll
  public Response signOut() {
    signIn.signOut();
    return Response.noContent().build();
  }

  private SessionView view(SignIn.Outcome outcome) {
    UserView user = outcome.step() == SignIn.Step.SIGNED_IN ? UserView.of(outcome.user()) : null;
    return view(outcome.step().name(), user, outcome.enrolmentSecret(), outcome.enrolmentUri());
  }

  private SessionView view(String step, UserView user, String secret, String uri) {
    return new SessionView(
        user != null,
        step,
        user,
        csrfToken(),
        secret,
        uri,
        uri == null ? null : QrCodes.svgDataUri(uri));
  }

  private String csrfToken() {
    HttpSession session = request.getSession(false);
    return session == null ? null : (String) session.getAttribute(Csrf.SESSION_ATTRIBUTE);
  }
}
