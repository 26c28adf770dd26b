package fr.packnum.households.boundary;

import fr.packnum.households.control.ConsentNotices;
import fr.packnum.platform.control.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The information notice in force, to read to the person before recording their consent. */
@Path("consent-notice")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConsentNoticeResource {

  @Context HttpHeaders headers;

  public record NoticeView(int version, String text) {}

  @GET
  @RolesAllowed({"SOCIAL_WORKER", "COORDINATOR", "ADMIN"})
  public NoticeView current() {
    return new NoticeView(
        ConsentNotices.CURRENT,
        ConsentNotices.text(
            ConsentNotices.CURRENT,
            Messages.localeFor(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
  }
}
