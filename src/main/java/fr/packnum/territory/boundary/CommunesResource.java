package fr.packnum.territory.boundary;

import fr.packnum.territory.control.CommuneNotFound;
import fr.packnum.territory.control.Communes;
import fr.packnum.territory.entity.Area;
import fr.packnum.territory.entity.Commune;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The official commune list, for the commune pickers: {@code ?q=} a name or a postcode, as typed.
 * Reference data, no personal data: every signed-in role may read it.
 */
@Path("communes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "COORDINATOR", "TECHNICIAN", "SOCIAL_WORKER", "SUPPORT", "PARTNER"})
public class CommunesResource {

  private final Communes communes = Communes.official();

  /** A commune as pickers show it: name, postcodes, and the levels above it. */
  public record CommuneView(
      String code,
      String name,
      String label,
      boolean arrondissement,
      List<String> postcodes,
      AreaView departement,
      AreaView region,
      AreaView epci) {}

  public record AreaView(String code, String name) {}

  @GET
  public List<CommuneView> search(
      @QueryParam("q") @Size(max = 60) String q,
      @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
    return communes.search(q, limit).stream().map(this::view).toList();
  }

  @GET
  @Path("{code}")
  public CommuneView get(@PathParam("code") String code) {
    return communes.find(code).map(this::view).orElseThrow(() -> new CommuneNotFound(code));
  }

  private CommuneView view(Commune c) {
    return new CommuneView(
        c.code().value(),
        c.name(),
        c.label(),
        c.arrondissement(),
        c.postcodes(),
        area(Area.Level.DEPARTEMENT, c.departement()),
        area(Area.Level.REGION, c.region()),
        area(Area.Level.EPCI, c.epci()));
  }

  private AreaView area(Area.Level level, String code) {
    return communes.area(level, code).map(a -> new AreaView(a.code(), a.name())).orElse(null);
  }
}
