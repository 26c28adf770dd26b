package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;
import fr.packnum.support.entity.PlaceDescription;
import fr.packnum.support.entity.Service;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.territory.entity.Commune;
import fr.packnum.territory.entity.GeoPoint;
import fr.packnum.territory.entity.InseeCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one place as the national standard writes it — a line of its CSV, or a coordinator's entry
 * in the same fields — and answers either its description or every reason it breaks the standard: a
 * missing id, name or address; a code_insee that is no current commune (the territory's official
 * list says); a position absent or off the Earth; a service outside the standard's list; opening
 * hours that are not OpenStreetMap syntax. A bad line refuses that line only.
 */
public final class PlaceLines {

  /** The standard's columns PackNum keeps, and how long each may be (the table's widths). */
  public static final Map<String, Integer> COLUMNS = columns();

  /** The columns a file must have for PackNum to place and name its places. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("id", "nom", "adresse", "code_insee", "latitude", "longitude", "services");

  /** The standard separates the values of a list with "|" (";" in its first versions). */
  private static final String LIST_SEPARATOR = "[|;]";

  /** One reason a line is refused: the line, the standard's column, a message key. */
  public record Refusal(int line, String field, String key, List<Object> args) {
    public Refusal {
      args = List.copyOf(args);
    }
  }

  /** A line checked: its description when it holds, else its refusals. */
  public record Checked(int line, PlaceDescription description, List<Refusal> refusals) {
    public Checked {
      refusals = List.copyOf(refusals);
    }

    public boolean accepted() {
      return description != null;
    }
  }

  private final Territory territory;

  public PlaceLines(Territory territory) {
    this.territory = territory;
  }

  /** Checks the cells of line {@code line}, by column name; absent columns are empty. */
  public Checked check(int line, Map<String, String> cells) {
    Cells in = new Cells(line, cells);
    String standardId = in.required("id");
    String name = in.required("nom");
    String address = in.required("adresse");
    Commune commune = in.commune();
    GeoPoint position = in.position();
    List<Service> services = in.services();
    String postcode = in.optional("code_postal");
    if (postcode != null && !postcode.matches("\\d{5}")) {
      in.refuse("code_postal", "support.line.postcode", postcode);
    }
    String hours = in.optional("horaires");
    OpeningHours.check(hours)
        .ifPresent(h -> in.refuse("horaires", h.reasonKey(), h.reasonArgument()));
    LocalDate updatedOn = in.date("date_maj");
    String communeName = in.optional("commune");
    for (String column : COLUMNS.keySet()) {
      in.width(column);
    }
    if (!in.refusals.isEmpty()) {
      return new Checked(line, null, in.refusals);
    }
    return new Checked(
        line,
        new PlaceDescription(
            standardId,
            in.optional("pivot"),
            name,
            communeName != null ? communeName : commune.name(),
            postcode != null
                ? postcode
                : commune.postcodes().isEmpty() ? null : commune.postcodes().get(0),
            commune.code(),
            address,
            position,
            in.optional("typologie"),
            in.optional("telephone"),
            in.optional("courriels"),
            in.optional("site_web"),
            hours,
            services,
            in.optional("publics_specifiquement_adresses"),
            in.optional("prise_en_charge_specifique"),
            in.optional("frais_a_charge"),
            in.optional("dispositif_programmes_nationaux"),
            in.optional("modalites_accompagnement"),
            in.optional("prise_rdv"),
            updatedOn),
        List.of());
  }

  /** The cells of one line, and the refusals found so far. */
  private final class Cells {
    private final int line;
    private final Map<String, String> cells;
    private final List<Refusal> refusals = new ArrayList<>();

    Cells(int line, Map<String, String> cells) {
      this.line = line;
      this.cells = cells;
    }

    void refuse(String field, String key, Object... args) {
      refusals.add(new Refusal(line, field, key, List.of(args)));
    }

    String optional(String column) {
      String value = cells.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String column) {
      String value = optional(column);
      if (value == null) {
        refuse(column, "support.line.required", column);
      }
      return value;
    }

    void width(String column) {
      String value = optional(column);
      if (value != null && value.length() > COLUMNS.get(column)) {
        refuse(column, "support.line.tooLong", column, COLUMNS.get(column));
      }
    }

    Commune commune() {
      String code = required("code_insee");
      if (code == null) {
        return null;
      }
      try {
        InseeCode current = territory.commune("code_insee", code);
        return territory.find(current).orElseThrow();
      } catch (ProblemException unknownOrMerged) {
        ProblemException.FieldKey reason = unknownOrMerged.fieldKeys().get(0);
        refusals.add(new Refusal(line, "code_insee", reason.key(), reason.args()));
        return null;
      }
    }

    GeoPoint position() {
      String latitude = optional("latitude");
      String longitude = optional("longitude");
      if (latitude == null || longitude == null) {
        refuse("latitude", "support.line.coordinatesMissing");
        return null;
      }
      Optional<Double> lat = decimal(latitude);
      Optional<Double> lon = decimal(longitude);
      if (lat.isEmpty() || lon.isEmpty() || !GeoPoint.onEarth(lat.get(), lon.get())) {
        refuse("latitude", "support.line.coordinates", latitude, longitude);
        return null;
      }
      return new GeoPoint(lat.get(), lon.get());
    }

    List<Service> services() {
      String text = required("services");
      if (text == null) {
        return List.of();
      }
      List<Service> services = new ArrayList<>();
      for (String value : text.split(LIST_SEPARATOR)) {
        if (value.isBlank()) {
          continue;
        }
        Optional<Service> service = Service.fromLabel(value);
        if (service.isEmpty()) {
          refuse("services", "support.line.service", value.strip());
        } else if (!services.contains(service.get())) {
          services.add(service.get());
        }
      }
      if (services.isEmpty() && refusals.stream().noneMatch(r -> "services".equals(r.field()))) {
        refuse("services", "support.line.required", "services");
      }
      return services;
    }

    LocalDate date(String column) {
      String value = optional(column);
      if (value == null) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException notIso) {
        refuse(column, "support.line.date", value);
        return null;
      }
    }
  }

  private static Optional<Double> decimal(String text) {
    try {
      double value = Double.parseDouble(text.strip().replace(',', '.'));
      return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  private static Map<String, Integer> columns() {
    Map<String, Integer> columns = new LinkedHashMap<>();
    columns.put("id", 100);
    columns.put("pivot", 20);
    columns.put("nom", 300);
    columns.put("commune", 100);
    columns.put("code_postal", 5);
    columns.put("code_insee", 5);
    columns.put("adresse", 300);
    columns.put("latitude", 40);
    columns.put("longitude", 40);
    columns.put("typologie", 300);
    columns.put("telephone", 40);
    columns.put("courriels", 500);
    columns.put("site_web", 1000);
    columns.put("horaires", OpeningHours.MAX_LENGTH);
    columns.put("services", 1000);
    columns.put("publics_specifiquement_adresses", 500);
    columns.put("prise_en_charge_specifique", 500);
    columns.put("frais_a_charge", 500);
    columns.put("dispositif_programmes_nationaux", 500);
    columns.put("modalites_accompagnement", 500);
    columns.put("prise_rdv", 500);
    columns.put("date_maj", 10);
    return java.util.Collections.unmodifiableMap(columns);
  }
}
