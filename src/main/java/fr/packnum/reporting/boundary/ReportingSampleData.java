package fr.packnum.reporting.boundary;

import fr.packnum.accounts.boundary.AccountsSampleData;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.SampleDataLoads;
import fr.packnum.platform.control.SampleDataRequested;
import fr.packnum.reporting.control.ConventionStore;
import fr.packnum.reporting.entity.Convention;
import fr.packnum.reporting.entity.FundedItem;
import fr.packnum.reporting.entity.TerritoryKind;
import fr.packnum.reporting.entity.VatMode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sample partner's convention, so that `partenaire` finds a dashboard and a statement: this
 * year's packs of the sample CCAS in Seine-Saint-Denis, at the unit prices of a typical association
 * agreement (fictitious), not liable to VAT, with a budget cap.
 */
@ApplicationScoped
public class ReportingSampleData {

  static final String COMPONENT = "reporting";

  @Inject AccountsSampleData accounts;
  @Inject ConventionStore conventions;
  @Inject SampleDataLoads loads;
  @Inject Clock clock;
  @Inject Logger log;

  void seed(@Observes @Priority(SampleDataRequested.REPORTING) SampleDataRequested requested) {
    if (loads.loaded(COMPONENT)) {
      return;
    }
    User partner = accounts.sampleUser("partenaire");
    User worker = accounts.sampleUser(AccountsSampleData.SAMPLE_SOCIAL_WORKER);
    LocalDate year = FrenchCalendar.today(clock).withDayOfYear(1);
    conventions.add(
        new Convention(
            partner.structure(),
            new Convention.Terms(
                "Packs numériques solidaires " + year.getYear(),
                year,
                year.plusYears(1).minusDays(1),
                Set.of(worker.structure().id()),
                Set.of(new Convention.Territory(TerritoryKind.DEPARTEMENT, "93")),
                false,
                VatMode.EXEMPT,
                Map.of(
                    FundedItem.PACK_DELIVERED, 15_000L,
                    FundedItem.SUPPORT_HOUR, 4_500L,
                    FundedItem.VOUCHER, 1_000L),
                3_000_000L),
            clock.instant()));
    loads.record(COMPONENT);
    log.log(Level.INFO, "Sample data loaded: 1 convention for {0}", partner.structure().name());
  }
}
