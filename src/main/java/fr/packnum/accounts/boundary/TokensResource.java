package fr.packnum.accounts.boundary;

import fr.packnum.accounts.control.ApiTokenStore;
import fr.packnum.accounts.control.TokenCodec;
import fr.packnum.accounts.control.TokenNotAllowedForRole;
import fr.packnum.accounts.control.UserStore;
import fr.packnum.accounts.entity.ApiToken;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Bearer API tokens for partners and automation, issued by an administrator for one user. The token
 * is in the creation answer only; PackNum keeps its hash. Creation does not honour {@code
 * Idempotency-Key}: replaying the answer would mean storing the token itself.
 */
@Path("tokens")
@ApplicationScoped
@Transactional
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {

  @Inject ApiTokenStore tokens;
  @Inject UserStore users;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public record NewToken(
      @NotNull Long userId,
      @NotBlank @Size(max = 100) String name,
      @NotNull @Min(1) @Max(365) Integer validDays) {}

  public record TokenView(
      long id,
      long userId,
      String username,
      String name,
      String prefix,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt,
      Instant lastUsedAt) {
    static TokenView of(ApiToken t) {
      return new TokenView(
          t.id(),
          t.user().id(),
          t.user().username(),
          t.name(),
          t.prefix(),
          t.createdAt(),
          t.expiresAt(),
          t.revokedAt().orElse(null),
          t.lastUsedAt().orElse(null));
    }
  }

  /** The one answer that holds the token: {@code Authorization: Bearer <token>}. */
  public record IssuedToken(TokenView metadata, String token) {}

  @GET
  public Page<TokenView> list(@Valid @BeanParam Paging paging, @QueryParam("userId") Long userId) {
    return tokens.list(userId, paging.offset(), paging.size()).map(TokenView::of);
  }

  @POST
  public Response create(@NotNull @Valid NewToken command, @Context UriInfo uri) {
    User user = users.get(command.userId());
    if (!user.role().mayHoldApiToken()) {
      throw new TokenNotAllowedForRole();
    }
    Instant now = clock.instant();
    String secret = TokenCodec.newToken();
    ApiToken token =
        new ApiToken(
            user,
            command.name(),
            TokenCodec.hash(secret),
            TokenCodec.visiblePrefix(secret),
            now,
            now.plus(Duration.ofDays(command.validDays())));
    tokens.add(token);
    audit.record(AuditAction.TOKEN_CREATE, "user", user.id());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(token.id())).build())
        .entity(new IssuedToken(TokenView.of(token), secret))
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") long id) {
    ApiToken token = tokens.get(id);
    token.revoke(clock.instant());
    audit.record(AuditAction.TOKEN_REVOKE, "user", token.user().id());
    return Response.noContent().build();
  }
}
