package fr.packnum.support.control;

import fr.packnum.support.entity.PlaceDescription;
import fr.packnum.support.entity.Service;
import fr.packnum.support.entity.SupportPlace;
import fr.packnum.territory.entity.GeoPoint;
import fr.packnum.territory.entity.InseeCode;
import java.time.Instant;
import java.util.List;

/** Support places made for unit tests. */
final class Places {

  private Places() {}

  static SupportPlace at(
      String id, String inseeCode, double latitude, double longitude, Service... services) {
    return new SupportPlace(
        new PlaceDescription(
            id,
            null,
            "Lieu " + id,
            "Commune",
            null,
            new InseeCode(inseeCode),
            "1 rue de l’Essai",
            new GeoPoint(latitude, longitude),
            null,
            null,
            null,
            null,
            null,
            List.of(services),
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        Instant.parse("2026-01-05T09:00:00Z"));
  }
}
