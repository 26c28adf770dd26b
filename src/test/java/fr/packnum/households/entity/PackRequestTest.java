package fr.packnum.households.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.accounts.entity.Role;
import fr.packnum.platform.control.ProblemException.FieldKey;
import fr.packnum.platform.entity.Actor;
import fr.packnum.platform.entity.Notes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackRequestTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final Actor WORKER = new Actor(7L, "Claire Martin");
  static final Actor COORDINATOR = new Actor(8L, "Karim Benali");
  static final PackRequest.Wish WISH =
      new PackRequest.Wish(
          PreferredDevice.LAPTOP, Set.of(RequiredFeature.WEBCAM), Urgency.NORMAL, null, true, null);

  static Household household(boolean consent) {
    Household household = HouseholdTest.household();
    if (consent) {
      household.recordConsent(LocalDate.of(2026, 11, 23), 1, "ts.montreuil", NOW);
    }
    return household;
  }

  static PackRequest submitted(EligibilityOutcome outcome) {
    PackRequest request = new PackRequest("P-AAAAAA", household(true), WISH, WORKER, NOW);
    request.submit(
        new Assessment(outcome, List.of(new FieldKey("situations", "x")), 1, null), WORKER, NOW);
    return request;
  }

  @Test
  void aRequestNeedsTheHouseholdsConsent() {
    assertThatThrownBy(() -> new PackRequest("P-AAAAAA", household(false), WISH, WORKER, NOW))
        .isInstanceOf(ConsentMissing.class);
  }

  @Test
  void anUrgentRequestSaysWhy() {
    assertThatThrownBy(
            () ->
                new PackRequest.Wish(
                    PreferredDevice.ANY, Set.of(), Urgency.URGENT, "  ", false, null))
        .isInstanceOf(UrgencyReasonMissing.class);
  }

  @Test
  void aDraftIsSubmittedWithTheAssessmentAndEveryStepIsAnEvent() {
    PackRequest request = submitted(EligibilityOutcome.ELIGIBLE);
    assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
    assertThat(request.assessment())
        .get()
        .extracting(Assessment::outcome)
        .isEqualTo(EligibilityOutcome.ELIGIBLE);
    assertThat(request.assessment().get().reasons()).extracting(FieldKey::key).containsExactly("x");
    assertThat(request.events())
        .extracting(PackRequestEvent::kind)
        .containsExactly(RequestEventKind.CREATED, RequestEventKind.SUBMITTED);
    assertThat(request.events().get(1).actor()).isEqualTo(WORKER);
  }

  @Test
  void goingAgainstTheRulesNeedsAJustification() {
    PackRequest refusedByRules = submitted(EligibilityOutcome.NOT_ELIGIBLE);
    assertThatThrownBy(() -> refusedByRules.decide(RequestStatus.ELIGIBLE, " ", COORDINATOR, NOW))
        .isInstanceOf(JustificationRequired.class)
        .satisfies(
            e ->
                assertThat(((JustificationRequired) e).fieldKeys())
                    .extracting(FieldKey::field)
                    .containsExactly("justification"));
    assertThat(refusedByRules.status()).isEqualTo(RequestStatus.SUBMITTED);

    refusedByRules.decide(RequestStatus.ELIGIBLE, "Notification MDPH vue", COORDINATOR, NOW);
    assertThat(refusedByRules.status()).isEqualTo(RequestStatus.ELIGIBLE);
    assertThat(refusedByRules.decision())
        .get()
        .extracting(PackRequest.Decision::override)
        .isEqualTo(true);
    assertThat(refusedByRules.events().get(2).kind()).isEqualTo(RequestEventKind.OVERRIDDEN);
  }

  @Test
  void aCaseLeftToReviewNeedsAJustificationEitherWay() {
    assertThatThrownBy(
            () ->
                submitted(EligibilityOutcome.NEEDS_REVIEW)
                    .decide(RequestStatus.REJECTED, null, COORDINATOR, NOW))
        .isInstanceOf(JustificationRequired.class);
    PackRequest review = submitted(EligibilityOutcome.NEEDS_REVIEW);
    review.decide(RequestStatus.ELIGIBLE, "Bourse vérifiée", COORDINATOR, NOW);
    assertThat(review.decision().get().override()).isFalse();
  }

  @Test
  void agreeingWithTheRulesNeedsNoJustification() {
    PackRequest request = submitted(EligibilityOutcome.ELIGIBLE);
    request.decide(RequestStatus.ELIGIBLE, null, COORDINATOR, NOW);
    assertThat(request.status()).isEqualTo(RequestStatus.ELIGIBLE);
    assertThat(request.events().get(2).kind()).isEqualTo(RequestEventKind.DECIDED);
  }

  @Test
  void onlyASubmittedRequestIsDecidedAndOnlyADraftIsEditedOrSubmitted() {
    PackRequest draft = new PackRequest("P-AAAAAA", household(true), WISH, WORKER, NOW);
    assertThatThrownBy(() -> draft.decide(RequestStatus.ELIGIBLE, "x", COORDINATOR, NOW))
        .isInstanceOf(RequestTransitionRefused.class);
    PackRequest sent = submitted(EligibilityOutcome.ELIGIBLE);
    assertThatThrownBy(() -> sent.edit(WISH, WORKER, NOW))
        .isInstanceOf(RequestTransitionRefused.class);
    assertThatThrownBy(
            () ->
                sent.submit(
                    new Assessment(EligibilityOutcome.ELIGIBLE, List.of(), 1, null), WORKER, NOW))
        .isInstanceOf(RequestTransitionRefused.class);
  }

  @Test
  void anOpenRequestCanBeCancelledOnce() {
    PackRequest request = submitted(EligibilityOutcome.ELIGIBLE);
    request.cancel("Famille relogée hors secteur", WORKER, NOW);
    assertThat(request.status()).isEqualTo(RequestStatus.CANCELLED);
    assertThat(request.status().isOpen()).isFalse();
    assertThatThrownBy(() -> request.cancel(null, WORKER, NOW))
        .isInstanceOf(RequestTransitionRefused.class);
  }

  @Test
  void aRequestsHistoryIsSignedAndItsNotesCutLikeADevices() {
    PackRequest request = submitted(EligibilityOutcome.ELIGIBLE);
    request.cancel("r".repeat(1200), WORKER, NOW);

    PackRequestEvent cancelled = request.events().get(request.events().size() - 1);
    assertThat(cancelled.actor()).isEqualTo(WORKER);
    assertThat(cancelled.notes())
        .hasValueSatisfying(n -> assertThat(n).hasSize(Notes.MAX_LENGTH).endsWith("…"));

    request.anonymise(NOW);
    assertThat(request.events().get(request.events().size() - 1).actor()).isEqualTo(Actor.SYSTEM);
  }

  @Test
  void anonymisationErasesFreeTextsButKeepsStatusesAndDates() {
    PackRequest request =
        new PackRequest(
            "P-AAAAAA",
            household(true),
            new PackRequest.Wish(
                PreferredDevice.LAPTOP, Set.of(), Urgency.URGENT, "Entretien lundi", true, "EPN"),
            WORKER,
            NOW);
    request.cancel("Personne décédée", WORKER, NOW);
    request.anonymise(NOW);
    assertThat(request.urgencyReason()).isEmpty();
    assertThat(request.supportPlace()).isEmpty();
    assertThat(request.events()).allSatisfy(e -> assertThat(e.notes()).isEmpty());
    assertThat(request.status()).isEqualTo(RequestStatus.CANCELLED);
    assertThat(request.urgency()).isEqualTo(Urgency.URGENT);
  }

  @Test
  void anAnonymisedHouseholdGetsNoRequest() {
    Household household = household(true);
    household.anonymise(NOW);
    assertThatThrownBy(() -> new PackRequest("P-AAAAAA", household, WISH, WORKER, NOW))
        .isInstanceOf(HouseholdAnonymised.class);
  }

  @Test
  void reasonsKeepTheirKeysAndArgumentsThroughTheColumn() {
    List<FieldKey> reasons =
        List.of(
            new FieldKey("situations", "eligibility.proof.current", "RSA", "02/10/2026"),
            new FieldKey("quotientFamilial", "q", new BigDecimal("812.50"), 800L),
            new FieldKey(null, "eligibility.nothing"));
    List<FieldKey> decoded = Reasons.decode(Reasons.encode(reasons));
    assertThat(decoded)
        .extracting(FieldKey::key)
        .containsExactly("eligibility.proof.current", "q", "eligibility.nothing");
    assertThat(decoded.get(0).args()).containsExactly("RSA", "02/10/2026");
    assertThat(decoded.get(1).args().get(0)).isEqualTo(new BigDecimal("812.50"));
    assertThat(decoded.get(2).field()).isNull();
  }

  @Test
  void whatEachRoleMayDoFollowsTheStatus() {
    PackRequest draft = new PackRequest("P-AAAAAA", household(true), WISH, WORKER, NOW);
    assertThat(draft.actionsFor(Role.SOCIAL_WORKER))
        .containsExactly(
            PackRequest.Action.EDIT, PackRequest.Action.SUBMIT, PackRequest.Action.CANCEL);
    assertThat(draft.actionsFor(Role.COORDINATOR)).containsExactly(PackRequest.Action.CANCEL);
    PackRequest sent = submitted(EligibilityOutcome.ELIGIBLE);
    assertThat(sent.actionsFor(Role.SOCIAL_WORKER))
        .containsExactly(PackRequest.Action.CANCEL, PackRequest.Action.SLIP);
    assertThat(sent.actionsFor(Role.COORDINATOR))
        .containsExactly(
            PackRequest.Action.DECIDE, PackRequest.Action.CANCEL, PackRequest.Action.SLIP);
    sent.decide(RequestStatus.REJECTED, "Hors secteur", COORDINATOR, NOW);
    assertThat(sent.actionsFor(Role.COORDINATOR)).isEmpty();
  }

  @Test
  void aDraftIsEditedAndEveryChangeIsAContactWithTheHousehold() {
    Household household = household(true);
    PackRequest request = new PackRequest("P-BBBBBB", household, WISH, WORKER, NOW);
    assertThat(household.lastContactAt()).isEqualTo(NOW);
    Instant later = NOW.plusSeconds(3_600);

    request.edit(
        new PackRequest.Wish(
            PreferredDevice.DESKTOP,
            Set.of(RequiredFeature.LARGE_SCREEN, RequiredFeature.KEYBOARD),
            Urgency.URGENT,
            "Examen le 2 décembre",
            false,
            " Médiathèque "),
        WORKER,
        later);

    assertThat(request.preferredDevice()).isEqualTo(PreferredDevice.DESKTOP);
    assertThat(request.features())
        .containsExactlyInAnyOrder(RequiredFeature.LARGE_SCREEN, RequiredFeature.KEYBOARD);
    assertThat(request.urgencyReason()).contains("Examen le 2 décembre");
    assertThat(request.needsInternet()).isFalse();
    assertThat(request.supportPlace()).contains("Médiathèque");
    assertThat(household.lastContactAt()).isEqualTo(later);
    assertThat(request.createdAt()).isEqualTo(NOW);
    assertThat(request.submittedAt()).isEmpty();

    Instant submittedAt = later.plusSeconds(60);
    request.submit(
        new Assessment(EligibilityOutcome.ELIGIBLE, List.of(), 1, null), WORKER, submittedAt);
    assertThat(request.submittedAt()).contains(submittedAt);
    assertThat(request.statusSince()).isEqualTo(submittedAt);
    assertThat(household.lastContactAt()).isEqualTo(submittedAt);
    assertThatThrownBy(() -> request.edit(WISH, WORKER, submittedAt))
        .isInstanceOf(RequestTransitionRefused.class);
  }

  @Test
  void aRequestIsOfItsHouseholdsStructureAndKnownByItsReference() {
    Household household = household(true);
    PackRequest request = new PackRequest("P-CCCCCC", household, WISH, WORKER, NOW);

    assertThat(request.reference()).isEqualTo("P-CCCCCC");
    assertThat(request.household()).isSameAs(household);
    assertThat(request.structure()).isSameAs(household.structure());
    assertThat(request.needsInternet()).isTrue();
    assertThat(request.features()).containsExactly(RequiredFeature.WEBCAM);
    PackRequest same = new PackRequest("P-CCCCCC", household(true), WISH, WORKER, NOW);
    PackRequest other = new PackRequest("P-DDDDDD", household, WISH, WORKER, NOW);
    assertThat(request).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
  }

  @Test
  void theAssessmentKeepsItsReasonsArgumentsAndThePreviousPack() {
    PackRequest request = new PackRequest("P-EEEEEE", household(true), WISH, WORKER, NOW);
    LocalDate previous = LocalDate.of(2025, 6, 1);

    request.submit(
        new Assessment(
            EligibilityOutcome.NEEDS_REVIEW,
            List.of(
                new FieldKey(null, "eligibility.already-equipped", "01/06/2025", 24),
                new FieldKey("quotientFamilial", "eligibility.qf", new BigDecimal("812.5"))),
            3,
            previous),
        WORKER,
        NOW);

    Assessment assessment = request.assessment().orElseThrow();
    assertThat(assessment.outcome()).isEqualTo(EligibilityOutcome.NEEDS_REVIEW);
    assertThat(assessment.ruleSetVersion()).isEqualTo(3);
    assertThat(assessment.previousPackOn()).isEqualTo(previous);
    assertThat(assessment.reasons())
        .extracting(FieldKey::field)
        .containsExactly(null, "quotientFamilial");
    assertThat(assessment.reasons().get(0).args())
        .containsExactly("01/06/2025", new BigDecimal("24"));
    assertThat(assessment.reasons().get(1).args()).containsExactly(new BigDecimal("812.5"));
  }
}
