package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.ApiTokenStore;
import fr.packnum.accounts.control.PasswordHashing;
import fr.packnum.accounts.control.PasswordPolicy;
import fr.packnum.accounts.control.SelfLockout;
import fr.packnum.accounts.control.StructureStore;
import fr.packnum.accounts.control.UserStore;
import fr.packnum.accounts.control.UsernameTaken;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.StaleVersion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;

/** User administration: create, edit, deactivate, reset a password or a second factor. */
@Path("users")
@ApplicationScoped
@Transactional
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject UserStore users;
  @Inject StructureStore structures;
  @Inject ApiTokenStore tokens;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;

  public record NewUser(
      @NotBlank @Pattern(regexp = User.USERNAME_PATTERN, message = "username.format")
          String username,
      @NotBlank @Size(max = 100) String displayName,
      @Email @Size(max = 254) String email,
      @NotNull Role role,
      @NotNull Long structureId,
      @NotNull
          @Size(
              min = PasswordPolicy.MIN_LENGTH,
              max = PasswordPolicy.MAX_LENGTH,
              message = "password.length")
          String password) {}

  public record UserUpdate(
      @NotBlank @Size(max = 100) String displayName,
      @Email @Size(max = 254) String email,
      @NotNull Role role,
      @NotNull Long structureId,
      @NotNull Long version) {}

  public record PasswordReset(
      @NotNull
          @Size(
              min = PasswordPolicy.MIN_LENGTH,
              max = PasswordPolicy.MAX_LENGTH,
              message = "password.length")
          String password) {}

  @GET
  public Page<UserView> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("q") String text,
      @QueryParam("role") Role role,
      @QueryParam("structureId") Long structureId,
      @QueryParam("active") Boolean active) {
    return users
        .list(new UserStore.Filter(text, role, structureId, active), paging.offset(), paging.size())
        .map(UserView::of);
  }

  @GET
  @Path("{id}")
  public UserView get(@PathParam("id") long id) {
    return UserView.of(users.get(id));
  }

  @POST
  @Idempotent
  public Response create(@NotNull @Valid NewUser command, @Context UriInfo uri) {
    if (users.exists(command.username())) {
      throw new UsernameTaken();
    }
    PasswordPolicy.check("password", command.password(), command.username());
    User user =
        new User(
            command.username(),
            command.displayName(),
            command.email(),
            command.role(),
            structures.getActive(command.structureId()),
            PasswordHashing.hash(command.password().toCharArray()),
            clock.instant());
    users.add(user);
    audit.record(AuditAction.CREATE, "user", user.id());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(user.id())).build())
        .entity(UserView.of(user))
        .build();
  }

  @PUT
  @Path("{id}")
  public UserView update(@PathParam("id") long id, @NotNull @Valid UserUpdate update) {
    User user = users.get(id);
    StaleVersion.check(user.version(), update.version());
    SelfLockout.check(currentUser.require().id(), id, update.role(), user.isActive());
    var structure =
        user.structure().id().equals(update.structureId())
            ? user.structure()
            : structures.getActive(update.structureId());
    user.describe(update.displayName(), update.email(), update.role(), structure);
    users.flush();
    audit.record(AuditAction.UPDATE, "user", id);
    return UserView.of(user);
  }

  @POST
  @Path("{id}/deactivation")
  public UserView deactivate(@PathParam("id") long id) {
    User user = users.get(id);
    SelfLockout.check(currentUser.require().id(), id, user.role(), false);
    user.deactivate();
    tokens.revokeAll(id, clock.instant());
    users.flush();
    audit.record(AuditAction.DEACTIVATE, "user", id);
    return UserView.of(user);
  }

  @POST
  @Path("{id}/activation")
  public UserView activate(@PathParam("id") long id) {
    User user = users.get(id);
    user.activate();
    users.flush();
    audit.record(AuditAction.ACTIVATE, "user", id);
    return UserView.of(user);
  }

  /** Sets a new password chosen by the administrator (to hand over out of band); sessions end. */
  @POST
  @Path("{id}/password")
  public UserView resetPassword(@PathParam("id") long id, @NotNull @Valid PasswordReset reset) {
    User user = users.get(id);
    PasswordPolicy.check("password", reset.password(), user.username());
    user.changePassword(PasswordHashing.hash(reset.password().toCharArray()));
    users.flush();
    audit.record(AuditAction.PASSWORD_RESET, "user", id);
    return UserView.of(user);
  }

  /** For a lost phone: the second factor is removed and enrolled again at next sign-in. */
  @POST
  @Path("{id}/totp-reset")
  public UserView resetTotp(@PathParam("id") long id) {
    User user = users.get(id);
    user.resetTotp();
    users.flush();
    audit.record(AuditAction.TOTP_DISABLE, "user", id);
    return UserView.of(user);
  }
}
