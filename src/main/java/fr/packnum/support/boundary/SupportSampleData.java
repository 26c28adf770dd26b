package fr.packnum.support.boundary;

import fr.packnum.accounts.boundary.AccountsSampleData;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.SampleDataLoads;
import fr.packnum.platform.control.SampleDataRequested;
import fr.packnum.platform.entity.Actor;
import fr.packnum.support.control.PlaceImport;
import fr.packnum.support.control.Vouchers;
import fr.packnum.support.entity.VoucherBook;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The support places of the sample territory, Montreuil (93048) and around: an EPN, a France
 * Services counter, a médiathèque and an association, imported as a coordinator would, from a file
 * of the national standard. Real-looking, not real: the addresses are plausible, the phone numbers
 * are in the 01 99 00 range reserved for fiction, the e-mails and sites under example.org.
 */
@ApplicationScoped
public class SupportSampleData {

  static final String COMPONENT = "support";

  static final List<String> COLUMNS =
      List.of(
          "id",
          "nom",
          "commune",
          "code_postal",
          "code_insee",
          "adresse",
          "latitude",
          "longitude",
          "typologie",
          "telephone",
          "courriels",
          "site_web",
          "horaires",
          "services",
          "frais_a_charge",
          "dispositif_programmes_nationaux",
          "modalites_accompagnement",
          "date_maj");

  static final String FREE = "Gratuit : Je peux accéder gratuitement au lieu et à ses services";
  static final String WORKSHOP =
      "Dans un atelier collectif : j'apprends collectivement à utiliser le numérique";

  static final List<List<String>> PLACES =
      List.of(
          List.of(
              "packnum-sample-epn-montreuil",
              "Espace public numérique de Montreuil",
              "Montreuil",
              "93100",
              "93048",
              "14 boulevard Rouget-de-Lisle",
              "48.8614",
              "2.4405",
              "MUNI",
              "+33199000101",
              "epn@montreuil.example.org",
              "https://epn.montreuil.example.org",
              "Tu-Fr 10:00-12:30,14:00-18:00; Sa 10:00-13:00; PH off",
              "Maîtrise des outils numériques du quotidien|Accès internet et matériel informatique"
                  + "|Utilisation sécurisée du numérique",
              FREE,
              "Conseillers numériques",
              "Accompagnement individuel|" + WORKSHOP,
              "2026-09-01"),
          List.of(
              "packnum-sample-france-services-montreuil",
              "France Services Montreuil La Noue",
              "Montreuil",
              "93100",
              "93048",
              "2 place Berthie-Albrecht",
              "48.8581",
              "2.4596",
              "MUNI",
              "+33199000102",
              "france-services@montreuil.example.org",
              "",
              "Mo-Fr 09:00-12:00,13:30-17:30; PH off",
              "Aide aux démarches administratives|Accès internet et matériel informatique",
              FREE,
              "France Services|Aidants Connect",
              "Accompagnement individuel",
              "2026-09-01"),
          List.of(
              "packnum-sample-mediatheque-bagnolet",
              "Médiathèque Marguerite-Duras",
              "Bagnolet",
              "93170",
              "93006",
              "1 rue Marceau",
              "48.8699",
              "2.4171",
              "BIB",
              "+33199000103",
              "mediatheque@bagnolet.example.org",
              "",
              "Tu,Th,Fr 13:00-19:00; We,Sa 10:00-18:00",
              "Loisirs et créations numériques|Maîtrise des outils numériques du quotidien"
                  + "|Parentalité et éducation avec le numérique",
              FREE,
              "Conseillers numériques",
              WORKSHOP,
              "2026-09-01"),
          List.of(
              "packnum-sample-association-rosny",
              "Association Clic Solidaire",
              "Rosny-sous-Bois",
              "93110",
              "93064",
              "5 rue du Général-Leclerc",
              "48.8733",
              "2.4848",
              "ASSO",
              "+33199000104",
              "contact@clic-solidaire.example.org",
              "",
              "Mo,We 14:00-18:00; Sa 09:30-12:30",
              "Acquisition de matériel informatique à prix solidaire"
                  + "|Insertion professionnelle via le numérique",
              "Gratuit sous condition : La gratuité est conditionnée à des critères (adhésion,"
                  + " situation familiale, convention avec un organisme social, pass numériques…)",
              "Emmaüs Connect",
              "Accompagnement individuel",
              "2026-09-01"));

  /** The sample places as a file of the standard: ";" between quoted cells. */
  static String file() {
    StringBuilder csv = new StringBuilder();
    for (List<String> row : Stream.concat(Stream.of(COLUMNS), PLACES.stream()).toList()) {
      csv.append(
              String.join(
                  ";", row.stream().map(cell -> '"' + cell.replace("\"", "\"\"") + '"').toList()))
          .append('\n');
    }
    return csv.toString();
  }

  /** The sample book's marker: loaded apart, so that a database seeded before it gets it too. */
  static final String VOUCHERS = "support-vouchers";

  static final String SAMPLE_FIRST_SERIAL = "APTIC-2026-000001";
  static final int SAMPLE_BOOK = 20;

  @Inject Vouchers vouchers;
  @Inject AccountsSampleData accounts;
  @Inject PlaceImport placeImport;
  @Inject SampleDataLoads loads;
  @Inject Clock clock;
  @Inject Logger log;

  void seed(@Observes @Priority(SampleDataRequested.SUPPORT) SampleDataRequested requested) {
    seedPlaces();
    seedVouchers();
  }

  /**
   * One book of 20 pass numérique vouchers received today by the sample support person's team, as
   * the coordination records it, valid one year. None is issued: the demonstration issues them.
   */
  private void seedVouchers() {
    if (loads.loaded(VOUCHERS)) {
      return;
    }
    Optional<User> mediator = accounts.findSampleUser(AccountsSampleData.SAMPLE_SUPPORT);
    if (mediator.isEmpty()) {
      return; // no sample team to send it to
    }
    LocalDate today = FrenchCalendar.today(clock);
    vouchers.receive(
        new VoucherBook.Receipt(
            "Département de la Seine-Saint-Denis",
            mediator.get().structure(),
            today,
            today.plusYears(1),
            SAMPLE_FIRST_SERIAL,
            SAMPLE_BOOK),
        Actor.SYSTEM);
    loads.record(VOUCHERS);
    log.log(Level.INFO, "Sample data loaded: a book of {0} vouchers", SAMPLE_BOOK);
  }

  private void seedPlaces() {
    if (loads.loaded(COMPONENT)) {
      return;
    }
    PlaceImport.Report report =
        placeImport.run(file().getBytes(StandardCharsets.UTF_8), clock.instant());
    if (report.refused() > 0) {
      throw new IllegalStateException("Sample support places refused: " + report.reasons());
    }
    loads.record(COMPONENT);
    log.log(Level.INFO, "Sample data loaded: {0} support places", report.created());
  }
}
