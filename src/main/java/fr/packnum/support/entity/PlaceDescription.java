package fr.packnum.support.entity;

import fr.packnum.territory.entity.GeoPoint;
import fr.packnum.territory.entity.InseeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the national standard says of a support place, checked already ({@code
 * support.control.PlaceLines}): its identifier in the standard ({@code id}), where it is, how to
 * reach it, when it opens (OpenStreetMap {@code opening_hours}), what it offers. The lists the
 * standard separates with "|" other than services are kept as written.
 */
public record PlaceDescription(
    String standardId,
    String pivot,
    String name,
    String communeName,
    String postcode,
    InseeCode inseeCode,
    String address,
    GeoPoint position,
    String typology,
    String phone,
    String emails,
    String website,
    String openingHours,
    List<Service> services,
    String publics,
    String specificSupport,
    String fees,
    String nationalProgrammes,
    String supportModes,
    String appointmentUrl,
    LocalDate updatedOn) {

  public PlaceDescription {
    required(standardId, "id");
    required(name, "nom");
    required(communeName, "commune");
    required(address, "adresse");
    Objects.requireNonNull(inseeCode, "code_insee");
    Objects.requireNonNull(position, "latitude/longitude");
    services = List.copyOf(services);
    if (services.isEmpty()) {
      throw new IllegalArgumentException("A place offers at least one service");
    }
  }

  private static void required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
  }

  /** The services as the standard writes them: labels separated by "|". */
  public String servicesText() {
    return String.join("|", services.stream().map(Service::label).toList());
  }
}
