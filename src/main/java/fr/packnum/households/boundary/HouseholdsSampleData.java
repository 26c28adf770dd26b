package fr.packnum.households.boundary;

import fr.packnum.accounts.boundary.AccountsSampleData;
import fr.packnum.accounts.entity.User;
import fr.packnum.households.control.ConsentNotices;
import fr.packnum.households.control.Eligibility;
import fr.packnum.households.control.HouseholdStore;
import fr.packnum.households.control.IdentityKeys;
import fr.packnum.households.control.PackRequests;
import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequestStatus;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.households.entity.Situation;
import fr.packnum.households.entity.Urgency;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.SampleDataLoads;
import fr.packnum.platform.control.SampleDataRequested;
import fr.packnum.platform.entity.Actor;
import fr.packnum.territory.entity.InseeCode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The households' demonstration data: six fictitious households of the sample CCAS (invented names,
 * 01 99 00 xx xx numbers reserved for fiction), made by the sample social worker through the same
 * entities and controls as the API (consent, quota, one open request, eligibility rules): one
 * request waiting in the eligibility queue, one the rules leave to review, one draft, and three the
 * sample coordinator found eligible, waiting for a device.
 */
@ApplicationScoped
public class HouseholdsSampleData {

  static final String COMPONENT = "households";

  /**
   * One sample household as a social worker types it: who, the composition, the proof, what the
   * request asks (null: no request) and whether it is sent at once.
   */
  public record Sample(
      String name,
      String phone,
      int adults,
      int children,
      int schoolChildren,
      Household.Proof proof,
      Set<Need> needs,
      Connectivity connectivity,
      PackRequest.Wish wish,
      Stage stage) {}

  /** How far the sample request goes: a draft, sent to the coordination, or found eligible. */
  public enum Stage {
    DRAFT,
    SUBMITTED,
    ELIGIBLE
  }

  @Inject AccountsSampleData accounts;
  @Inject HouseholdStore households;
  @Inject IdentityKeys identityKeys;
  @Inject PackRequests requests;
  @Inject Eligibility eligibility;
  @Inject SampleDataLoads loads;
  @Inject Clock clock;
  @Inject Logger log;

  void seed(@Observes @Priority(SampleDataRequested.HOUSEHOLDS) SampleDataRequested requested) {
    if (loads.loaded(COMPONENT)) {
      return;
    }
    seed(samples(FrenchCalendar.today(clock)));
    loads.record(COMPONENT);
    log.log(Level.INFO, "Sample data loaded: 6 fictitious households");
  }

  /** Seeds {@code samples} in the sample social worker's name; a refused one throws. */
  public void seed(List<Sample> samples) {
    User worker = accounts.sampleUser(AccountsSampleData.SAMPLE_SOCIAL_WORKER);
    Actor actor = new Actor(worker.id(), worker.displayName());
    Instant now = clock.instant();
    LocalDate today = FrenchCalendar.today(clock);
    for (Sample sample : samples) {
      Household household =
          new Household(
              households.newReference(),
              worker.structure(),
              new Household.Contact(sample.name(), sample.phone(), null),
              identityKeys.hash().of(sample.name(), sample.phone()),
              new Household.Profile(
                  new InseeCode("93048"),
                  true,
                  new Household.Composition(
                      sample.adults(), sample.children(), sample.schoolChildren()),
                  List.of(sample.proof()),
                  null,
                  null,
                  sample.needs(),
                  sample.connectivity(),
                  null),
              now);
      household.recordConsent(today, ConsentNotices.CURRENT, worker.username(), now);
      households.add(household);
      if (sample.wish() != null) {
        PackRequest request = requests.open(household, sample.wish(), actor, now);
        if (sample.stage() != Stage.DRAFT) {
          request.submit(eligibility.assess(request, today), actor, now);
        }
        if (sample.stage() == Stage.ELIGIBLE) {
          User coordinator = accounts.sampleUser("coordination");
          requests.decide(
              request,
              RequestStatus.ELIGIBLE,
              null,
              new Actor(coordinator.id(), coordinator.displayName()),
              now);
        }
      }
    }
  }

  static List<Sample> samples(LocalDate today) {
    PackRequest.Wish laptop =
        new PackRequest.Wish(
            PreferredDevice.LAPTOP,
            Set.of(RequiredFeature.WEBCAM),
            Urgency.NORMAL,
            null,
            true,
            null);
    return List.of(
        new Sample(
            "Awa Exemple",
            "01 99 00 10 01",
            1,
            2,
            2,
            new Household.Proof(Situation.RSA, "Attestation CAF", today.minusMonths(1)),
            Set.of(Need.SCHOOL, Need.ADMINISTRATIVE),
            Connectivity.MOBILE_ONLY,
            laptop,
            Stage.SUBMITTED),
        new Sample(
            "Bernard Fictif",
            "01 99 00 10 02",
            1,
            0,
            0,
            new Household.Proof(
                Situation.STUDENT_GRANT, "Notification de bourse", today.minusMonths(2)),
            Set.of(Need.JOB_SEARCH),
            Connectivity.SHARED,
            laptop,
            Stage.SUBMITTED),
        new Sample(
            "Chloé Démo",
            "01 99 00 10 03",
            2,
            3,
            1,
            new Household.Proof(Situation.AAH, "Notification MDPH", today.minusMonths(3)),
            Set.of(Need.HEALTH, Need.SOCIAL_TIES),
            Connectivity.NONE,
            new PackRequest.Wish(
                PreferredDevice.TABLET,
                Set.of(RequiredFeature.LARGE_SCREEN),
                Urgency.NORMAL,
                null,
                true,
                "Médiathèque de Montreuil"),
            Stage.DRAFT),
        new Sample(
            "Djamel Essai",
            "01 99 00 10 04",
            1,
            0,
            0,
            new Household.Proof(Situation.ASS, "Attestation France Travail", today.minusMonths(1)),
            Set.of(Need.JOB_SEARCH, Need.ADMINISTRATIVE),
            Connectivity.MOBILE_ONLY,
            new PackRequest.Wish(
                PreferredDevice.ANY,
                Set.of(RequiredFeature.WEBCAM),
                Urgency.NORMAL,
                null,
                true,
                null),
            Stage.ELIGIBLE),
        new Sample(
            "Émilie Modèle",
            "01 99 00 10 05",
            1,
            3,
            3,
            new Household.Proof(Situation.RSA, "Attestation CAF", today.minusMonths(2)),
            Set.of(Need.SCHOOL),
            Connectivity.NONE,
            new PackRequest.Wish(
                PreferredDevice.LAPTOP,
                Set.of(RequiredFeature.WEBCAM, RequiredFeature.KEYBOARD),
                Urgency.URGENT,
                "Rentrée : devoirs sur l’ENT",
                true,
                "EPN de Saint-Denis"),
            Stage.ELIGIBLE),
        new Sample(
            "Fanny Illustration",
            "01 99 00 10 06",
            2,
            1,
            0,
            new Household.Proof(Situation.AAH, "Notification MDPH", today.minusMonths(4)),
            Set.of(Need.HEALTH),
            Connectivity.SHARED,
            new PackRequest.Wish(
                PreferredDevice.DESKTOP,
                Set.of(RequiredFeature.LARGE_SCREEN),
                Urgency.NORMAL,
                null,
                false,
                null),
            Stage.ELIGIBLE));
  }
}
