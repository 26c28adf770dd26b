package fr.packnum.support.boundary;

import fr.packnum.platform.boundary.Idempotent;
import fr.packnum.platform.boundary.Paging;
import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.StaleVersion;
import fr.packnum.support.control.CommuneNotLocated;
import fr.packnum.support.control.NearestPlaces;
import fr.packnum.support.control.PlaceDuplicate;
import fr.packnum.support.control.PlaceImport;
import fr.packnum.support.control.PlaceInvalid;
import fr.packnum.support.control.PlaceLines;
import fr.packnum.support.control.PlaceStore;
import fr.packnum.support.entity.PlaceDescription;
import fr.packnum.support.entity.Service;
import fr.packnum.support.entity.SupportPlace;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.territory.entity.GeoPoint;
import fr.packnum.territory.entity.InseeCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The directory of support places ("lieux de médiation numérique"): read by the coordination, the
 * support people and the social workers (to tell a household where to go), kept by the coordination
 * — a file of the national standard imported or imported again, or a place entered by hand —, the
 * places nearest to a commune, and the whole directory as GeoJSON. A place is an organisation's: no
 * personal data here.
 */
@Path("support-places")
@ApplicationScoped
@Transactional
@RolesAllowed({"COORDINATOR", "SUPPORT", "SOCIAL_WORKER"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportPlacesResource {

  /** RFC 7946's media type. */
  static final String GEO_JSON = "application/geo+json";

  @Inject PlaceStore places;
  @Inject PlaceImport placeImport;
  @Inject Territory territory;
  @Inject Clock clock;
  @Inject Logger log;
  @Context HttpHeaders headers;

  /**
   * A place as a coordinator enters it, in the standard's fields; {@code standardId} may be left
   * empty for a place no file knows (PackNum then makes one).
   */
  public record PlaceCommand(
      @Size(max = 100) String standardId,
      String pivot,
      String name,
      String communeName,
      String postcode,
      String inseeCode,
      String address,
      Double latitude,
      Double longitude,
      String typology,
      String phone,
      String emails,
      String website,
      String openingHours,
      @Size(max = 9) List<Service> services,
      String publics,
      String specificSupport,
      String fees,
      String nationalProgrammes,
      String supportModes,
      String appointmentUrl,
      LocalDate updatedOn,
      Long version) {}

  /** What an import did, its refused lines with their number and reason in the caller's words. */
  public record ImportReport(
      int created, int updated, int refused, List<RefusedLine> reasons, int reasonCount) {}

  public record RefusedLine(int line, String field, String reason) {}

  /** The commune asked about, its centre, and the places nearest to it. */
  public record Nearest(
      String inseeCode,
      String communeName,
      double latitude,
      double longitude,
      List<PlaceView> places) {}

  /** The standard's column each field of {@link PlaceCommand} fills. */
  static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("id", "standardId"),
          Map.entry("pivot", "pivot"),
          Map.entry("nom", "name"),
          Map.entry("commune", "communeName"),
          Map.entry("code_postal", "postcode"),
          Map.entry("code_insee", "inseeCode"),
          Map.entry("adresse", "address"),
          Map.entry("latitude", "latitude"),
          Map.entry("longitude", "longitude"),
          Map.entry("typologie", "typology"),
          Map.entry("telephone", "phone"),
          Map.entry("courriels", "emails"),
          Map.entry("site_web", "website"),
          Map.entry("horaires", "openingHours"),
          Map.entry("services", "services"),
          Map.entry("publics_specifiquement_adresses", "publics"),
          Map.entry("prise_en_charge_specifique", "specificSupport"),
          Map.entry("frais_a_charge", "fees"),
          Map.entry("dispositif_programmes_nationaux", "nationalProgrammes"),
          Map.entry("modalites_accompagnement", "supportModes"),
          Map.entry("prise_rdv", "appointmentUrl"),
          Map.entry("date_maj", "updatedOn"));

  private Locale locale() {
    return Messages.localeFor(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** The directory: {@code ?q=} a name or commune, {@code ?service=} one of the standard's. */
  @GET
  public Page<PlaceView> list(
      @Valid @BeanParam Paging paging,
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("service") Service service) {
    Locale locale = locale();
    return places
        .list(q, service, paging.offset(), paging.size())
        .map(place -> PlaceView.of(place, locale, null));
  }

  /** The standard's services, with their wording, for filters and forms. */
  @GET
  @Path("services")
  public List<PlaceView.ServiceView> services() {
    return java.util.Arrays.stream(Service.values()).map(PlaceView.ServiceView::of).toList();
  }

  @GET
  @Path("{id}")
  public PlaceView get(@PathParam("id") long id) {
    return PlaceView.of(places.get(id), locale(), null);
  }

  /** The places nearest to the commune's centre, as the crow flies, nearest first. */
  @GET
  @Path("nearest")
  public Nearest nearest(
      @QueryParam("insee") @NotNull @Size(max = 5) String insee,
      @QueryParam("service") Service service,
      @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
    InseeCode code = territory.commune("insee", insee);
    GeoPoint centre = territory.centre(code).orElseThrow(() -> new CommuneNotLocated(insee));
    Locale locale = locale();
    return new Nearest(
        code.value(),
        Territory.communeName(code),
        centre.latitude(),
        centre.longitude(),
        NearestPlaces.from(centre, places.offering(service), service, limit).stream()
            .map(n -> PlaceView.of(n.place(), locale, n.kilometres()))
            .toList());
  }

  /**
   * The directory as an RFC 7946 FeatureCollection: one Point per place, {@code [longitude,
   * latitude]}, with the standard's fields as properties (the map tools of the national cartography
   * read them as they are).
   */
  @GET
  @Path("export.geojson")
  @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
  public Response geoJson(@QueryParam("service") Service service) {
    JsonArrayBuilder features = Json.createArrayBuilder();
    for (SupportPlace place : places.offering(service)) {
      PlaceDescription d = place.description();
      JsonObjectBuilder properties = Json.createObjectBuilder();
      put(properties, "id", d.standardId());
      put(properties, "pivot", d.pivot());
      put(properties, "nom", d.name());
      put(properties, "commune", d.communeName());
      put(properties, "code_postal", d.postcode());
      put(properties, "code_insee", d.inseeCode().value());
      put(properties, "adresse", d.address());
      put(properties, "typologie", d.typology());
      put(properties, "telephone", d.phone());
      put(properties, "courriels", d.emails());
      put(properties, "site_web", d.website());
      put(properties, "horaires", d.openingHours());
      put(properties, "services", d.servicesText());
      put(properties, "publics_specifiquement_adresses", d.publics());
      put(properties, "prise_en_charge_specifique", d.specificSupport());
      put(properties, "frais_a_charge", d.fees());
      put(properties, "dispositif_programmes_nationaux", d.nationalProgrammes());
      put(properties, "modalites_accompagnement", d.supportModes());
      put(properties, "prise_rdv", d.appointmentUrl());
      put(properties, "date_maj", d.updatedOn() == null ? null : d.updatedOn().toString());
      features.add(
          Json.createObjectBuilder()
              .add("type", "Feature")
              .add("id", d.standardId())
              .add(
                  "geometry",
                  Json.createObjectBuilder()
                      .add("type", "Point")
                      .add(
                          "coordinates",
                          Json.createArrayBuilder()
                              .add(d.position().longitude())
                              .add(d.position().latitude())))
              .add("properties", properties));
    }
    String body =
        Json.createObjectBuilder()
            .add("type", "FeatureCollection")
            .add("features", features)
            .build()
            .toString();
    return Response.ok(body)
        .type(GEO_JSON + "; charset=UTF-8")
        .header("Content-Disposition", "inline; filename=\"lieux-accompagnement.geojson\"")
        .build();
  }

  private static void put(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  /**
   * Imports a CSV of the national standard, sent as the body: the lines that break the standard are
   * answered by number and reason, the others imported; a place already known by its "id" is
   * updated.
   */
  @POST
  @Path("import")
  @RolesAllowed("COORDINATOR")
  @Consumes({"text/csv", "application/vnd.ms-excel", "application/octet-stream", "text/plain"})
  public ImportReport importFile(InputStream file) {
    byte[] bytes;
    try {
      bytes = file.readAllBytes();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    PlaceImport.Report report = placeImport.run(bytes, clock.instant());
    log.log(
        Level.INFO,
        "Support places imported: {0} created, {1} updated, {2} lines refused",
        new Object[] {report.created(), report.updated(), report.refused()});
    Locale locale = locale();
    return new ImportReport(
        report.created(),
        report.updated(),
        report.refused(),
        report.reasons().stream()
            .map(
                r ->
                    new RefusedLine(
                        r.line(), r.field(), Messages.text(locale, r.key(), r.args().toArray())))
            .toList(),
        report.reasonCount());
  }

  @POST
  @Idempotent
  @RolesAllowed("COORDINATOR")
  public Response create(@NotNull @Valid PlaceCommand command, @Context UriInfo uri) {
    String standardId =
        command.standardId() == null || command.standardId().isBlank()
            ? "packnum-" + UUID.randomUUID()
            : command.standardId().strip();
    if (places.byStandardId(standardId).isPresent()) {
      throw new PlaceDuplicate(standardId);
    }
    SupportPlace place = new SupportPlace(checked(command, standardId), clock.instant());
    places.add(place);
    places.flush();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(place.id())).build())
        .entity(PlaceView.of(place, locale(), null))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed("COORDINATOR")
  public PlaceView update(@PathParam("id") long id, @NotNull @Valid PlaceCommand command) {
    SupportPlace place = places.get(id);
    StaleVersion.check(place.version(), command.version() == null ? -1 : command.version());
    place.describe(checked(command, place.standardId()), clock.instant());
    places.flush();
    return PlaceView.of(place, locale(), null);
  }

  /** The command checked by the standard's rules, as a file's line would be. */
  private PlaceDescription checked(PlaceCommand c, String standardId) {
    Map<String, String> cells = new HashMap<>();
    cells.put("id", standardId);
    cells.put("pivot", c.pivot());
    cells.put("nom", c.name());
    cells.put("code_postal", c.postcode());
    cells.put("code_insee", c.inseeCode());
    cells.put("adresse", c.address());
    cells.put("latitude", c.latitude() == null ? null : c.latitude().toString());
    cells.put("longitude", c.longitude() == null ? null : c.longitude().toString());
    cells.put("typologie", c.typology());
    cells.put("telephone", c.phone());
    cells.put("courriels", c.emails());
    cells.put("site_web", c.website());
    cells.put("horaires", c.openingHours());
    cells.put(
        "services",
        c.services() == null
            ? null
            : String.join("|", c.services().stream().map(Service::label).toList()));
    cells.put("publics_specifiquement_adresses", c.publics());
    cells.put("prise_en_charge_specifique", c.specificSupport());
    cells.put("frais_a_charge", c.fees());
    cells.put("dispositif_programmes_nationaux", c.nationalProgrammes());
    cells.put("modalites_accompagnement", c.supportModes());
    cells.put("prise_rdv", c.appointmentUrl());
    cells.put("date_maj", c.updatedOn() == null ? null : c.updatedOn().toString());
    cells.put("commune", c.communeName());
    PlaceLines.Checked checked = new PlaceLines(territory).check(0, cells);
    if (!checked.accepted()) {
      throw new PlaceInvalid(checked.refusals(), FIELDS);
    }
    return checked.description();
  }
}
