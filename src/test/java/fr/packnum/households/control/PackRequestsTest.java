package fr.packnum.households.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureKind;
import fr.packnum.households.entity.Assessment;
import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.EligibilityOutcome;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PackRequestCancelled;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequestEventKind;
import fr.packnum.households.entity.RequestStatus;
import fr.packnum.households.entity.RequestTransitionRefused;
import fr.packnum.households.entity.Urgency;
import fr.packnum.platform.control.ProblemException;
import fr.packnum.platform.entity.Actor;
import fr.packnum.territory.entity.InseeCode;
import fr.packnum.testing.RecordingEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PackRequestsTest {

  static final Instant NOW = Instant.parse("2026-11-30T23:30:00Z");
  static final Actor WORKER = new Actor(7L, "Claire Martin");
  static final Actor COORDINATOR = new Actor(8L, "Karim Benali");
  static final PackRequest.Wish WISH =
      new PackRequest.Wish(PreferredDevice.LAPTOP, Set.of(), Urgency.NORMAL, null, false, null);

  /** The database as far as the rules see it: what is open, what was locked, added, granted. */
  static class Store extends PackRequestStore {
    long openCount;
    PackRequest openForHousehold;
    final List<Structure> locked = new ArrayList<>();
    final List<PackRequest> added = new ArrayList<>();
    final List<String> grants = new ArrayList<>();
    final List<PackRequest> withdrawn = new ArrayList<>();

    @Override
    public Structure lockStructure(Structure structure) {
      locked.add(structure);
      return structure;
    }

    @Override
    public long openCount(Structure structure) {
      assertThat(locked.stream().anyMatch(s -> s == structure))
          .as("counted under the structure's lock")
          .isTrue();
      return openCount;
    }

    @Override
    public Optional<PackRequest> openFor(Household household) {
      return Optional.ofNullable(openForHousehold);
    }

    @Override
    public String newReference() {
      return "P-BBBBBB";
    }

    @Override
    public void add(PackRequest request) {
      added.add(request);
    }

    @Override
    public void recordGrant(PackRequest request, String identityHash, LocalDate on) {
      grants.add(identityHash + "@" + on);
    }

    @Override
    public void withdrawGrant(PackRequest request) {
      withdrawn.add(request);
    }
  }

  Store store;
  RecordingEvent<PackRequestCancelled> cancelled = new RecordingEvent<>();
  PackRequests packRequests;
  Structure structure;

  @BeforeEach
  void setUp() {
    store = new Store();
    packRequests = new PackRequests();
    packRequests.requests = store;
    packRequests.cancelled = cancelled;
    packRequests.defaultMaxOpen = 3;
    structure = new Structure("CCAS de Montreuil", StructureKind.CCAS, null, null, NOW);
  }

  Household household(String identityHash) {
    Household household =
        new Household(
            "F-AAAAAA",
            structure,
            new Household.Contact("Awa Diallo", "06 12 34 56 78", null),
            identityHash,
            new Household.Profile(
                new InseeCode("93048"),
                false,
                new Household.Composition(1, 0, 0),
                List.of(),
                null,
                null,
                Set.of(),
                Connectivity.NONE,
                null),
            NOW);
    household.recordConsent(LocalDate.of(2026, 11, 30), 1, "ts.montreuil", NOW);
    return household;
  }

  PackRequest submitted(String identityHash) {
    PackRequest request = packRequests.open(household(identityHash), WISH, WORKER, NOW);
    request.submit(new Assessment(EligibilityOutcome.ELIGIBLE, List.of(), 1, null), WORKER, NOW);
    return request;
  }

  @Test
  void aRequestIsOpenedUnderTheStructuresLockBelowItsCap() {
    store.openCount = 2;
    PackRequest request = packRequests.open(household("hash"), WISH, WORKER, NOW);
    assertThat(store.added).containsExactly(request);
    assertThat(store.locked).singleElement().isSameAs(structure);
    assertThat(request.status()).isEqualTo(RequestStatus.DRAFT);
  }

  @Test
  void theConfiguredCapRefusesOneMoreOpenRequest() {
    store.openCount = 3;
    assertThatThrownBy(() -> packRequests.open(household("hash"), WISH, WORKER, NOW))
        .isInstanceOf(OpenRequestQuotaReached.class)
        .satisfies(e -> assertThat(((ProblemException) e).args()).containsExactly(3));
    assertThat(store.added).isEmpty();
  }

  @Test
  void aStructuresOwnCapWinsOverTheConfiguredOne() {
    structure.capOpenRequests(10);
    store.openCount = 9;
    packRequests.open(household("hash"), WISH, WORKER, NOW);
    store.openCount = 10;
    assertThatThrownBy(() -> packRequests.open(household("other"), WISH, WORKER, NOW))
        .isInstanceOf(OpenRequestQuotaReached.class)
        .satisfies(e -> assertThat(((ProblemException) e).args()).containsExactly(10));
  }

  @Test
  void aHouseholdHasOneOpenRequestAtATime() {
    Household household = household("hash");
    store.openForHousehold = new PackRequest("P-CCCCCC", household, WISH, WORKER, NOW);
    assertThatThrownBy(() -> packRequests.open(household, WISH, WORKER, NOW))
        .isInstanceOf(OpenRequestExists.class);
    assertThat(store.added).isEmpty();
  }

  @Test
  void aPackIsRememberedByIdentityHashOnTheFrenchDayItIsDeliveredNotWhenDecided() {
    PackRequest request = submitted("hash");
    packRequests.decide(request, RequestStatus.ELIGIBLE, null, COORDINATOR, NOW);
    assertThat(store.grants).as("an eligible request is a promise, not a pack").isEmpty();
    request.match("PN-000042", COORDINATOR, NOW);
    request.handoverBooked("le 3 décembre à 10 h", COORDINATOR, NOW);

    packRequests.deliver(request, "PN-000042", WORKER, NOW);

    assertThat(request.status()).isEqualTo(RequestStatus.DELIVERED);
    // 23:30 UTC on 30 November is already 1 December in Paris.
    assertThat(store.grants).containsExactly("hash@2026-12-01");
  }

  @Test
  void aReturnedDeviceSendsTheRequestBackToTheQueueWithItsPlaceOrClosesIt() {
    PackRequest request = submitted("hash");
    packRequests.decide(request, RequestStatus.ELIGIBLE, null, COORDINATOR, NOW);
    Instant waiting = request.waitingSince().orElseThrow();
    assertThatThrownBy(() -> request.returned("PN-000042", true, WORKER, NOW))
        .as("nothing was delivered yet")
        .isInstanceOf(RequestTransitionRefused.class);
    request.match("PN-000042", COORDINATOR, NOW);
    request.handoverBooked("le 3 décembre à 10 h", COORDINATOR, NOW);
    packRequests.deliver(request, "PN-000042", WORKER, NOW);
    Instant later = NOW.plusSeconds(86_400);

    request.returned("PN-000042 · Retour : en panne", true, WORKER, later);

    assertThat(request.status()).isEqualTo(RequestStatus.ELIGIBLE);
    assertThat(request.waitingSince()).contains(waiting);
    assertThat(request.events().get(request.events().size() - 1).kind())
        .isEqualTo(RequestEventKind.RETURNED);
    request.match("PN-000043", COORDINATOR, later);
    request.handoverBooked("le 4 décembre à 10 h", COORDINATOR, later);
    packRequests.deliver(request, "PN-000043", WORKER, later);
    request.returned("PN-000043 · Retour : plus utile au foyer", false, WORKER, later);
    assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
    assertThat(request.status().isOpen()).isFalse();
  }

  @Test
  void aRejectionRecordsNoGrant() {
    PackRequest rejected = submitted("hash");
    packRequests.decide(rejected, RequestStatus.REJECTED, "Hors critères", COORDINATOR, NOW);
    assertThat(store.grants).isEmpty();
  }

  @Test
  void aCancellationWithdrawsTheGrant() {
    PackRequest request = submitted("hash");
    packRequests.decide(request, RequestStatus.ELIGIBLE, null, COORDINATOR, NOW);
    packRequests.cancel(request, "Déménagement", COORDINATOR, NOW);
    assertThat(request.status()).isEqualTo(RequestStatus.CANCELLED);
    assertThat(store.withdrawn).containsExactly(request);
  }

  @Test
  void aCancellationTellsWhoeverHoldsSomethingForTheRequest() {
    PackRequest request = submitted("hash");
    packRequests.decide(request, RequestStatus.ELIGIBLE, null, COORDINATOR, NOW);
    packRequests.cancel(request, "Déménagement", COORDINATOR, NOW);
    assertThat(cancelled.fired)
        .containsExactly(new PackRequestCancelled(request, RequestStatus.ELIGIBLE));
  }
}
