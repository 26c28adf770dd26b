package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.PasswordHashing;
import fr.packnum.accounts.control.PasswordIncorrect;
import fr.packnum.accounts.control.PasswordPolicy;
import fr.packnum.accounts.control.SessionRequired;
import fr.packnum.accounts.control.Totp;
import fr.packnum.accounts.control.TotpInvalid;
import fr.packnum.accounts.control.TotpNotPending;
import fr.packnum.accounts.control.TotpRequiredForRole;
import fr.packnum.accounts.control.UserStore;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.control.QrCodes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.OptionalLong;

/** The signed-in user's own account: profile, password, TOTP second factor. */
@Path("me")
@ApplicationScoped
@Transactional(dontRollbackOn = TotpInvalid.class)
@RolesAllowed({"ADMIN", "COORDINATOR", "TECHNICIAN", "SOCIAL_WORKER", "SUPPORT", "PARTNER"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  /** Session attribute holding a TOTP secret offered but not yet confirmed. */
  static final String TOTP_OFFER = "packnum.totpOffer";

  @Inject CurrentUser currentUser;
  @Inject UserStore users;
  @Inject AuditLog audit;
  @Inject HttpServletRequest request;
  @Inject Clock clock;
  @Inject FirstAdministrator firstAdministrator;

  public record PasswordChange(
      @NotNull @Size(max = 128) String currentPassword,
      @NotNull
          @Size(
              min = PasswordPolicy.MIN_LENGTH,
              max = PasswordPolicy.MAX_LENGTH,
              message = "password.length")
          String newPassword) {}

  /** A secret to enrol: typed in, opened as {@code uri}, or scanned from {@code qr} (an image). */
  public record TotpOffer(String secret, String uri, String qr) {}

  public record TotpCode(
      @NotNull @Pattern(regexp = "\\d{6}", message = "totp.format") String code) {}

  @GET
  public UserView me() {
    return UserView.of(currentUser.account());
  }

  /** Changes the password; other sessions of this account end, this one continues. */
  @PUT
  @Path("password")
  public UserView changePassword(@NotNull @Valid PasswordChange change) {
    User user = signedInUser();
    if (!PasswordHashing.verify(change.currentPassword().toCharArray(), user.passwordHash())) {
      throw new PasswordIncorrect();
    }
    PasswordPolicy.check("newPassword", change.newPassword(), user.username());
    user.changePassword(PasswordHashing.hash(change.newPassword().toCharArray()));
    users.flush();
    keepThisSession(user);
    audit.record(AuditAction.PASSWORD_CHANGE, "user", user.id());
    if (user.role() == Role.ADMIN && user.username().equals(firstAdministrator.username())) {
      firstAdministrator.passwordFile().remove();
    }
    return UserView.of(user);
  }

  /** Offers a new TOTP secret to enrol; nothing changes until a code confirms it. */
  @POST
  @Path("totp")
  public TotpOffer offerTotp() {
    User user = signedInUser();
    String secret = Totp.newSecret();
    session().setAttribute(TOTP_OFFER, secret);
    String uri = Totp.provisioningUri(SignIn.ISSUER, user.username(), secret);
    return new TotpOffer(secret, uri, QrCodes.svgDataUri(uri));
  }

  @POST
  @Path("totp/confirmation")
  public UserView confirmTotp(@NotNull @Valid TotpCode code) {
    User user = signedInUser();
    String secret = (String) session().getAttribute(TOTP_OFFER);
    if (secret == null) {
      throw new TotpNotPending();
    }
    OptionalLong step = Totp.matchingStep(secret, code.code(), clock.instant(), -1);
    if (step.isEmpty()) {
      throw new TotpInvalid();
    }
    user.enableTotp(secret, step.getAsLong());
    users.flush();
    session().removeAttribute(TOTP_OFFER);
    keepThisSession(user);
    audit.record(AuditAction.TOTP_ENABLE, "user", user.id());
    return UserView.of(user);
  }

  /** Turns the second factor off, proven by a current code; refused for administrators. */
  @POST
  @Path("totp/deactivation")
  public UserView disableTotp(@NotNull @Valid TotpCode code) {
    User user = signedInUser();
    if (!user.mayDisableTotp()) {
      throw new TotpRequiredForRole();
    }
    OptionalLong step =
        Totp.matchingStep(
            user.totpSecret().orElse(""), code.code(), clock.instant(), user.totpLastStep());
    if (step.isEmpty() || !user.acceptTotpStep(step.getAsLong())) {
      throw new TotpInvalid();
    }
    user.disableTotp();
    users.flush();
    keepThisSession(user);
    audit.record(AuditAction.TOTP_DISABLE, "user", user.id());
    return UserView.of(user);
  }

  /** Credential changes are made in a browser session, not with an API token. */
  /** The caller's account, to change: these changes need a browser session, not a token. */
  private User signedInUser() {
    if (request.getSession(false) == null) {
      throw new SessionRequired();
    }
    return users.get(currentUser.require().id());
  }

  private HttpSession session() {
    return request.getSession(false);
  }

  private void keepThisSession(User user) {
    session().setAttribute(SessionKeys.CREDENTIALS_VERSION, user.credentialsVersion());
  }
}
