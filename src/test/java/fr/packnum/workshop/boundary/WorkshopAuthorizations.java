package fr.packnum.workshop.boundary;

import static fr.packnum.testing.Authorizations.EVERYBODY;
import static fr.packnum.testing.Authorizations.WORKSHOP;

import fr.packnum.testing.Authorizations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Who may call the workshop operations: devices, donors, donations, certificates. */
public class WorkshopAuthorizations implements Authorizations {

  @Override
  public Map<String, Set<String>> expected() {
    Map<String, Set<String>> expected = new TreeMap<>();
    for (String operation :
        List.of(
            "GET /api/devices",
            "GET /api/devices/board",
            "GET /api/devices/{id}",
            "GET /api/devices/by-tag/{tag}",
            "POST /api/devices",
            "PUT /api/devices/{id}",
            "POST /api/devices/{id}/drives",
            "POST /api/devices/{id}/erasures",
            "POST /api/devices/{id}/no-storage",
            "POST /api/devices/{id}/functional-tests",
            "PUT /api/devices/{id}/operating-system",
            "PUT /api/devices/{id}/grade",
            "POST /api/devices/{id}/parts",
            "POST /api/devices/{id}/status",
            "POST /api/devices/{id}/scrapping",
            "GET /api/devices/{id}/events",
            "GET /api/devices/{id}/label.pdf",
            "POST /api/devices/{id}/erasure-certificate",
            "GET /api/donors",
            "GET /api/donors/{id}",
            "POST /api/donors",
            "PUT /api/donors/{id}",
            "GET /api/donations",
            "GET /api/donations/{id}",
            "POST /api/donations",
            "PUT /api/donations/{id}",
            "GET /api/donations/{id}/labels.pdf",
            "POST /api/donations/{id}/erasure-certificate",
            "POST /api/donations/{id}/devices/import",
            "POST /api/donations/{id}/devices/import/preview",
            "GET /api/donations/import-template.xlsx",
            "GET /api/donations/import-template.csv",
            "GET /api/workshop/checklists",
            "GET /api/workshop/vocabulary",
            "GET /api/workshop/grades")) {
      expected.put(operation, WORKSHOP);
    }
    expected.put("GET /api/erasure-certificates/{code}", EVERYBODY);
    return expected;
  }
}
