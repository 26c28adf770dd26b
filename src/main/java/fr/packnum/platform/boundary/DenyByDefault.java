package fr.packnum.platform.boundary;

import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Problems;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;

/**
 * Authorization at the boundary: a resource method is reachable only as its {@code @RolesAllowed}
 * (method first, then class) or an explicit {@code @PermitAll} says. A method with neither is
 * refused to everybody, so a new endpoint is closed until someone decides who may call it.
 */
@Provider
public class DenyByDefault implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method.isAnnotationPresent(DenyAll.class)) {
      context.register(new Check(null));
    } else if (method.isAnnotationPresent(RolesAllowed.class)) {
      context.register(new Check(List.of(method.getAnnotation(RolesAllowed.class).value())));
    } else if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    } else if (type.isAnnotationPresent(RolesAllowed.class)) {
      context.register(new Check(List.of(type.getAnnotation(RolesAllowed.class).value())));
    } else if (!type.isAnnotationPresent(PermitAll.class)) {
      context.register(new Check(null));
    }
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class Check implements ContainerRequestFilter {
    private final List<String> roles;

    Check(List<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Locale locale = Messages.localeFor(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
      if (request.getSecurityContext().getUserPrincipal() == null) {
        request.abortWith(
            Response.fromResponse(ProblemResponses.of(Problems.of(locale, 401, "unauthenticated")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"packnum\"")
                .build());
        return;
      }
      if (roles == null || roles.stream().noneMatch(request.getSecurityContext()::isUserInRole)) {
        request.abortWith(ProblemResponses.of(Problems.of(locale, 403, "forbidden")));
      }
    }
  }
}
