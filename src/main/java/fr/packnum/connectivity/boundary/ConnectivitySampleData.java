package fr.packnum.connectivity.boundary;

import fr.packnum.connectivity.control.OfferStore;
import fr.packnum.connectivity.entity.Offer;
import fr.packnum.connectivity.entity.OfferKind;
import fr.packnum.connectivity.entity.OfferTerms;
import fr.packnum.households.entity.Situation;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.SampleDataLoads;
import fr.packnum.platform.control.SampleDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catalogue's demonstration offers, shaped like the real ones (operators and terms are
 * fictitious): a social box for households on minimum benefits, a 4G box whose promotion ends after
 * six months, a 5 € SIM open to all, a free SIM from a solidarity databank, and a local offer of
 * Seine-Saint-Denis, where the sample households live.
 */
@ApplicationScoped
public class ConnectivitySampleData {

  static final String COMPONENT = "connectivity";

  @Inject OfferStore offers;
  @Inject SampleDataLoads loads;
  @Inject Clock clock;
  @Inject Logger log;

  void seed(@Observes @Priority(SampleDataRequested.CONNECTIVITY) SampleDataRequested requested) {
    if (loads.loaded(COMPONENT)) {
      return;
    }
    Instant now = clock.instant();
    List<OfferTerms> samples = samples(FrenchCalendar.today(clock));
    samples.forEach(terms -> offers.add(new Offer(terms, now)));
    loads.record(COMPONENT);
    log.log(Level.INFO, "Sample data loaded: {0} internet offers", samples.size());
  }

  static List<OfferTerms> samples(LocalDate today) {
    LocalDate since = today.withDayOfYear(1);
    return List.of(
        new OfferTerms(
            "Réseau Solidaire Télécom",
            "Box sociale fibre ou ADSL",
            OfferKind.FIXED_BOX,
            1500,
            null,
            0,
            0,
            0,
            Set.of(Situation.RSA, Situation.AAH, Situation.CSS),
            null,
            Set.of(),
            Set.of(),
            "En boutique ou au 3900 avec l’attestation CAF (RSA, AAH) ou de complémentaire santé"
                + " solidaire de moins de 3 mois ; sans engagement, box prêtée.",
            since,
            null),
        new OfferTerms(
            "Mobilys",
            "Box 4G sans ligne fixe",
            OfferKind.MOBILE_BOX_4G,
            1999,
            2999,
            6,
            12,
            1900,
            Set.of(),
            null,
            Set.of(),
            Set.of(),
            "Sur mobilys.example ou en boutique, avec une pièce d’identité et un RIB. Frais de"
                + " mise en service 19 € ; 29,99 € par mois après 6 mois.",
            since,
            null),
        new OfferTerms(
            "Mobilys",
            "Forfait SIM 20 Go",
            OfferKind.MOBILE_SIM,
            500,
            null,
            0,
            0,
            0,
            Set.of(),
            null,
            Set.of(),
            Set.of(),
            "Carte SIM commandée en ligne, livrée sous 3 jours ; sans engagement.",
            since,
            null),
        new OfferTerms(
            "Databank solidaire",
            "Carte SIM gratuite 6 mois",
            OfferKind.FREE_SIM,
            0,
            null,
            0,
            0,
            0,
            Set.of(
                Situation.RSA,
                Situation.AAH,
                Situation.ASS,
                Situation.ASPA,
                Situation.CSS,
                Situation.ADA,
                Situation.CEJ),
            new BigDecimal("800"),
            Set.of(),
            Set.of(),
            "Demandée par la structure qui accompagne le foyer, sur le portail de la banque de"
                + " données : la carte est remise avec le pack, 10 Go par mois pendant 6 mois.",
            since,
            null),
        new OfferTerms(
            "Seine-Saint-Denis Connectée",
            "Box fibre du département",
            OfferKind.FIXED_BOX,
            990,
            1990,
            12,
            12,
            0,
            Set.of(),
            new BigDecimal("1000"),
            Set.of("93"),
            Set.of(),
            "Auprès du service social du département ou d’un espace France Services de Seine-"
                + "Saint-Denis, avec le dernier avis de la CAF.",
            since,
            null));
  }
}
