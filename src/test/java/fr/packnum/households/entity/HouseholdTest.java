package fr.packnum.households.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureDoesNotReferHouseholds;
import fr.packnum.accounts.entity.StructureKind;
import fr.packnum.territory.entity.InseeCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HouseholdTest {

  static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");

  static Household household() {
    return household(new Structure("CCAS de Montreuil", StructureKind.CCAS, null, null, CREATED));
  }

  static Household household(Structure structure) {
    return new Household(
        "F-AAAAAA",
        structure,
        new Household.Contact(" Awa Diallo ", "06 12 34 56 78", ""),
        "hash",
        new Household.Profile(
            new InseeCode("93048"),
            true,
            new Household.Composition(1, 2, 2),
            List.of(
                new Household.Proof(Situation.RSA, "Attestation CAF", LocalDate.of(2026, 10, 2))),
            new Household.Amount(new BigDecimal("450"), LocalDate.of(2026, 9, 1)),
            null,
            Set.of(Need.SCHOOL, Need.ADMINISTRATIVE),
            Connectivity.MOBILE_ONLY,
            "Malvoyance : grand écran"),
        CREATED);
  }

  @Test
  void aHouseholdHoldsWhatWasEnteredTidied() {
    Household household = household();
    assertThat(household.contact())
        .get()
        .extracting(Household.Contact::name)
        .isEqualTo("Awa Diallo");
    assertThat(household.contact().get().email()).isNull();
    assertThat(household.profile().needs())
        .containsExactlyInAnyOrder(Need.SCHOOL, Need.ADMINISTRATIVE);
    assertThat(household.lastContactAt()).isEqualTo(CREATED);
    assertThat(household.consent()).isEmpty();
  }

  @Test
  void anImpossibleCompositionIsRefused() {
    assertThatThrownBy(() -> new Household.Composition(0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Household.Composition(1, 1, 2))
        .isInstanceOf(HouseholdInvalid.class)
        .satisfies(
            e ->
                assertThat(((HouseholdInvalid) e).fieldKeys().get(0).field())
                    .isEqualTo("schoolChildren"));
  }

  @Test
  void consentAndChangesAreContactsThatRestartTheRetentionPeriod() {
    Household household = household();
    Instant later = CREATED.plusSeconds(86_400);
    household.recordConsent(LocalDate.of(2026, 11, 2), 1, "ts.montreuil", later);
    assertThat(household.consent()).get().extracting(Household.Consent::noticeVersion).isEqualTo(1);
    assertThat(household.lastContactAt()).isEqualTo(later);
    household.touch(CREATED);
    assertThat(household.lastContactAt()).as("never back in time").isEqualTo(later);
  }

  @Test
  void anonymisationErasesWhatIdentifiesAndKeepsWhatIsCounted() {
    Household household = household();
    household.recordConsent(LocalDate.of(2026, 11, 2), 1, "ts.montreuil", CREATED);
    household.anonymise(CREATED.plusSeconds(60));

    assertThat(household.isAnonymised()).isTrue();
    assertThat(household.contact()).isEmpty();
    assertThat(household.identityHash()).isEmpty();
    Household.Profile kept = household.profile();
    assertThat(kept.quotientFamilial()).isNull();
    assertThat(kept.accessibilityNeeds()).isNull();
    assertThat(kept.situations()).containsExactly(new Household.Proof(Situation.RSA, null, null));
    assertThat(kept.commune().value()).isEqualTo("93048");
    assertThat(kept.inQpv()).isTrue();
    assertThat(kept.composition()).isEqualTo(new Household.Composition(1, 2, 2));
    assertThat(kept.needs()).containsExactlyInAnyOrder(Need.SCHOOL, Need.ADMINISTRATIVE);
    assertThat(kept.connectivity()).isEqualTo(Connectivity.MOBILE_ONLY);
    assertThat(household.consent()).get().extracting(Household.Consent::recordedBy).isNull();
  }

  @Test
  void anAnonymisedHouseholdCannotBeChangedAgain() {
    Household household = household();
    household.anonymise(CREATED);
    assertThatThrownBy(() -> household.recordConsent(LocalDate.of(2026, 11, 2), 1, "x", CREATED))
        .isInstanceOf(HouseholdAnonymised.class);
    assertThatThrownBy(
            () ->
                household.update(
                    new Household.Contact("A", "0600000000", null),
                    "h",
                    household.profile(),
                    CREATED))
        .isInstanceOf(HouseholdAnonymised.class);
  }

  @Test
  void onlyAStructureThatRefersHouseholdsHoldsAHouseholdFile() {
    for (StructureKind kind : StructureKind.values()) {
      Structure structure = new Structure("Structure " + kind, kind, null, null, CREATED);
      if (kind.refersHouseholds()) {
        assertThat(household(structure).structure()).isSameAs(structure);
      } else {
        assertThatThrownBy(() -> household(structure))
            .isInstanceOf(StructureDoesNotReferHouseholds.class);
      }
    }
  }

  @Test
  void anAmountWithoutTheDateOfItsDocumentNamesTheDateField() {
    assertThatThrownBy(
            () ->
                Household.Amount.of(
                    List.of(
                        new Household.Amount.Entered(
                            new BigDecimal("450"), null, "quotientFamilialDate"),
                        new Household.Amount.Entered(
                            new BigDecimal("12"), null, "resteAVivreDate"))))
        .isInstanceOf(HouseholdInvalid.class)
        .satisfies(
            e ->
                assertThat(((HouseholdInvalid) e).fieldKeys())
                    .extracting(f -> f.field() + ":" + f.key())
                    .containsExactly(
                        "quotientFamilialDate:household.amount.date-missing",
                        "resteAVivreDate:household.amount.date-missing"));
    assertThatThrownBy(() -> new Household.Amount(new BigDecimal("450"), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAmountNotEnteredIsAbsentAndAnAmountWithItsDateIsKept() {
    LocalDate proof = LocalDate.of(2026, 9, 1);
    List<Household.Amount> amounts =
        Household.Amount.of(
            List.of(
                new Household.Amount.Entered(null, proof, "quotientFamilialDate"),
                new Household.Amount.Entered(new BigDecimal("12"), proof, "resteAVivreDate")));
    assertThat(amounts).containsExactly(null, new Household.Amount(new BigDecimal("12"), proof));
  }

  @Test
  void consentIsRecordedOnlyWithTheCurrentNotice() {
    Household household = household();
    assertThatThrownBy(
            () ->
                household.recordConsent(
                    LocalDate.of(2026, 11, 2),
                    Household.CURRENT_NOTICE_VERSION - 1,
                    "ts.montreuil",
                    CREATED))
        .isInstanceOf(NoticeVersionUnknown.class)
        .satisfies(
            e -> {
              assertThat(((NoticeVersionUnknown) e).status()).isEqualTo(422);
              assertThat(((NoticeVersionUnknown) e).key()).isEqualTo("notice-version");
              assertThat(((NoticeVersionUnknown) e).fieldKeys().get(0).field())
                  .isEqualTo("consent.noticeVersion");
            });
    assertThat(household.consent()).isEmpty();
  }

  @Test
  void aSocialWorkerEditsRecordsConsentAndRequestsAPackTheCoordinationAnonymises() {
    Household household = household();
    assertThat(household.actionsFor(Role.SOCIAL_WORKER))
        .containsExactlyInAnyOrder(
            Household.Action.EDIT,
            Household.Action.CONSENT,
            Household.Action.REQUEST_PACK,
            Household.Action.EXPORT);
    assertThat(household.actionsFor(Role.COORDINATOR))
        .containsExactlyInAnyOrder(Household.Action.EXPORT, Household.Action.ANONYMISE);
    assertThat(household.actionsFor(Role.ADMIN))
        .containsExactlyInAnyOrder(Household.Action.EXPORT, Household.Action.ANONYMISE);
    assertThat(household.actionsFor(Role.TECHNICIAN)).isEmpty();
  }

  @Test
  void consentIsRecordedOnceAndAnAnonymisedFileIsOnlyExported() {
    Household household = household();
    household.recordConsent(LocalDate.of(2026, 11, 2), 1, "ts.montreuil", CREATED);
    assertThat(household.actionsFor(Role.SOCIAL_WORKER))
        .doesNotContain(Household.Action.CONSENT)
        .contains(Household.Action.EDIT);
    household.anonymise(CREATED);
    assertThat(household.actionsFor(Role.SOCIAL_WORKER)).containsExactly(Household.Action.EXPORT);
    assertThat(household.actionsFor(Role.COORDINATOR)).containsExactly(Household.Action.EXPORT);
  }

  @Test
  void anUpdateReplacesTheSituationsInsteadOfAddingToThem() {
    Household household = household();
    Household.Profile before = household.profile();
    Household.Profile changed =
        new Household.Profile(
            before.commune(),
            before.inQpv(),
            before.composition(),
            List.of(new Household.Proof(Situation.RSA, null, null)),
            null,
            null,
            Set.of(Need.HEALTH),
            before.connectivity(),
            null);

    household.update(household.contact().get(), "hash", changed, CREATED.plusSeconds(60));

    assertThat(household.situations()).hasSize(1);
    assertThat(household.situations().get(0).proofType()).isEmpty();
    assertThat(household.profile().quotientFamilial()).isNull();
    assertThat(household.profile().needs()).containsExactly(Need.HEALTH);
    assertThat(household.lastContactAt()).isEqualTo(CREATED.plusSeconds(60));
    assertThat(household.createdAt()).isEqualTo(CREATED);
  }

  @Test
  void theQuotientFamilialIsKeptWithItsDate() {
    assertThat(household().profile().quotientFamilial())
        .isEqualTo(new Household.Amount(new BigDecimal("450"), LocalDate.of(2026, 9, 1)));
  }

  @Test
  void twoHouseholdsAreTheSameWhenTheirReferencesAre() {
    Household household = household();
    Household same = household();

    assertThat(household.reference()).isEqualTo("F-AAAAAA");
    assertThat(household).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("F-AAAAAA");
  }

  @Test
  void anonymisationIsDatedOnce() {
    Household household = household();
    assertThat(household.anonymisedAt()).isEmpty();
    Instant at = CREATED.plusSeconds(3_600);

    household.anonymise(at);
    household.anonymise(at.plusSeconds(60));

    assertThat(household.anonymisedAt()).contains(at);
  }
}
