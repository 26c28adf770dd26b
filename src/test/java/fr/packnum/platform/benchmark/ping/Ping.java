package fr.packnum.platform.benchmark.ping;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /ping/api/ping → ok}: the cheapest answer Payara Micro and JAX-RS can give. */
@Path("ping")
public class Ping {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String ping() {
    return "ok";
  }
}
