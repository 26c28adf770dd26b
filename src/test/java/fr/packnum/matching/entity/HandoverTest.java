package fr.packnum.matching.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureKind;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.entity.Actor;
import fr.packnum.testing.Handed;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HandoverTest {

  static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  static final Actor COORDINATOR = new Actor(8L, "Karim Benali");
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

  private final Structure epn = new Structure("EPN du centre", StructureKind.EPN, null, null, NOW);
  private final User mediator =
      new User("mediateur.test", "Samia Médiatrice", null, Role.SUPPORT, epn, "hash", NOW);

  private Handover booked() {
    return Handed.booked(mediator, NOW);
  }

  @Test
  void theDeviceScannedMustBeTheReservedOne() {
    Handover handover = booked();
    String tag = handover.reservation().device().assetTag().value();

    assertThatThrownBy(
            () ->
                handover.complete(
                    "PN-999999", new Handover.Signature("Zélie Test", PNG, null), NOW))
        .isInstanceOf(WrongDevice.class);
    assertThat(handover.status()).isEqualTo(HandoverStatus.BOOKED);

    handover.complete(
        " " + tag.toLowerCase().replace("-", "") + " ",
        new Handover.Signature("Zélie Test", PNG, null),
        NOW);
    assertThat(handover.status()).isEqualTo(HandoverStatus.DONE);
    assertThat(handover.recipientName()).contains("Zélie Test");
    assertThat(handover.signaturePng()).hasValueSatisfying(png -> assertThat(png).isEqualTo(PNG));
  }

  @Test
  void aHandOverIsSignedOnScreenOrOnPaperAndBySomeone() {
    assertThatThrownBy(() -> new Handover.Signature("Zélie Test", null, null))
        .isInstanceOf(SignatureMissing.class);
    assertThatThrownBy(() -> new Handover.Signature("Zélie Test", PNG, "PAP-1"))
        .isInstanceOf(SignatureMissing.class);
    assertThatThrownBy(() -> new Handover.Signature(" ", PNG, null))
        .isInstanceOf(SignatureMissing.class);
    assertThatThrownBy(() -> new Handover.Signature("Zélie Test", "GIF89a".getBytes(), null))
        .as("only a PNG image is kept")
        .isInstanceOf(SignatureMissing.class);
    assertThat(new Handover.Signature("Zélie Test", null, " PAP-2026-118 ").paperReference())
        .isEqualTo("PAP-2026-118");
  }

  @Test
  void theConfiguredNumberOfNoShowsClosesTheHandOver() {
    Handover handover = booked();

    assertThat(handover.noShow(2, NOW)).isFalse();
    assertThat(handover.status()).isEqualTo(HandoverStatus.BOOKED);
    assertThat(handover.noShow(2, NOW)).isTrue();
    assertThat(handover.status()).isEqualTo(HandoverStatus.MISSED);
    assertThat(handover.noShows()).isEqualTo(2);
  }

  @Test
  void aClosedHandOverCannotBeDoneAgain() {
    Handover handover = booked();
    handover.refused("Le foyer voulait un fixe", NOW);

    assertThatThrownBy(() -> handover.noShow(2, NOW)).isInstanceOf(HandoverClosed.class);
    assertThatThrownBy(
            () ->
                handover.complete(
                    "PN-000042", new Handover.Signature("Zélie Test", PNG, null), NOW))
        .isInstanceOf(HandoverClosed.class);
    assertThat(handover.outcomeNotes()).contains("Le foyer voulait un fixe");
  }

  @Test
  void aPlaceIsAStructureOrAnAddressNotBothNorNone() {
    assertThatThrownBy(() -> new Handover.Place(null, " ")).isInstanceOf(PlaceRequired.class);
    assertThatThrownBy(() -> new Handover.Place(epn, "12 rue de Paris"))
        .isInstanceOf(PlaceRequired.class);
    assertThat(new Handover.Place(null, " 12 rue de Paris ").address())
        .isEqualTo("12 rue de Paris");
  }

  @Test
  void aBookedHandOverStopsTheReservationFromExpiring() {
    Handover handover = booked();
    Reservation reservation = handover.reservation();
    LocalDate afterItsLastDay = reservation.expiresOn().plusDays(1);
    assertThat(reservation.expiredOn(afterItsLastDay)).isTrue();

    reservation.handoverBooked(NOW);

    assertThat(reservation.expiredOn(afterItsLastDay)).isFalse();
  }

  private static final DeviceReturn.Details FAULTY =
      new DeviceReturn.Details(
          ReturnReason.FAULTY, DeviceCondition.WORN, true, " souris ", " Zélie Test ", "  ");

  @Test
  void onlyTheDeviceOfADoneHandOverComesBackScannedByItsTag() {
    Handover handover = booked();
    String tag = handover.reservation().device().assetTag().value();
    assertThatThrownBy(
            () -> new DeviceReturn(handover, tag, FAULTY, ReturnOutcome.REQUEUE, COORDINATOR, NOW))
        .as("nothing was handed over yet")
        .isInstanceOf(HandoverClosed.class);
    handover.complete(tag, new Handover.Signature("Zélie Test", PNG, null), NOW);

    assertThatThrownBy(
            () ->
                new DeviceReturn(
                    handover, "PN-999999", FAULTY, ReturnOutcome.REQUEUE, COORDINATOR, NOW))
        .isInstanceOf(WrongDevice.class);
    DeviceReturn back =
        new DeviceReturn(handover, tag, FAULTY, ReturnOutcome.REQUEUE, COORDINATOR, NOW);

    assertThat(back.returnedByName()).isEqualTo("Zélie Test");
    assertThat(back.accessories()).contains("souris");
    assertThat(back.notes()).isEmpty();
    assertThat(back.chargerBack()).isTrue();
    assertThat(back.historyNote(null)).isEqualTo("Retour : en panne");
    assertThatThrownBy(() -> back.replacedBy(handover.reservation(), handover))
        .as("only a swap has a replacement")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSwapNamesItsReplacementAndAReturnNamesWhoBroughtItBack() {
    Handover handover = booked();
    String tag = handover.reservation().device().assetTag().value();
    handover.complete(tag, new Handover.Signature("Zélie Test", PNG, null), NOW);
    DeviceReturn swap =
        new DeviceReturn(handover, tag, FAULTY, ReturnOutcome.SWAP, COORDINATOR, NOW);

    swap.replacedBy(handover.reservation(), handover);

    assertThat(swap.replacement()).contains(handover.reservation());
    assertThat(swap.replacementHandover())
        .hasValueSatisfying(h -> assertThat(h).isSameAs(handover));
    assertThat(swap.historyNote("PN-00002Y"))
        .isEqualTo("Retour : en panne · échangé contre PN-00002Y");
    assertThat(ReturnOutcome.CLOSE.wantsAnother()).isFalse();
    assertThat(ReturnOutcome.SWAP.wantsAnother()).isTrue();
    assertThatThrownBy(
            () ->
                new DeviceReturn.Details(
                    ReturnReason.OTHER, DeviceCondition.GOOD, false, null, " ", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReservationEndsOnceAndKeepsWhyAndWhen() {
    Handover handover = booked();
    Reservation reservation = handover.reservation();
    assertThat(reservation.id()).isEqualTo(5L);
    assertThat(reservation.request().reference()).isEqualTo("P-AAAAAA");
    assertThat(reservation.score()).isEqualTo(new Reservation.Score(50, 3, 1));
    assertThat(reservation.reservedAt()).isEqualTo(NOW);
    assertThat(reservation.reservedBy()).isEqualTo(COORDINATOR);
    assertThat(reservation.endedAt()).isEmpty();
    Instant later = NOW.plusSeconds(60);

    reservation.release("Le foyer a déménagé", later);

    assertThat(reservation.status()).isEqualTo(ReservationStatus.RELEASED);
    assertThat(reservation.endedAt()).contains(later);
    assertThat(reservation.endReason()).contains("Le foyer a déménagé");
    assertThat(reservation.expiredOn(LocalDate.of(2027, 1, 1))).isFalse();
    assertThatThrownBy(() -> reservation.expire(later)).isInstanceOf(ReservationEnded.class);
    assertThatThrownBy(() -> reservation.handedOver(later)).isInstanceOf(ReservationEnded.class);
    assertThatThrownBy(() -> reservation.handoverBooked(later))
        .isInstanceOf(ReservationEnded.class);
    assertThatThrownBy(
            () ->
                new Handover(
                    reservation, NOW, new Handover.Place(epn, null), mediator, COORDINATOR, NOW))
        .as("no hand-over for an ended reservation")
        .isInstanceOf(ReservationEnded.class);
  }

  @Test
  void aReservationExpiresOrIsHandedOverWithoutAReason() {
    Reservation expiring = booked().reservation();
    expiring.expire(NOW);
    assertThat(expiring.status()).isEqualTo(ReservationStatus.EXPIRED);
    assertThat(expiring.endReason()).isEmpty();
    Reservation delivered = booked().reservation();
    delivered.handedOver(NOW);
    assertThat(delivered.status()).isEqualTo(ReservationStatus.HANDED_OVER);
    assertThat(delivered.status().holds()).isFalse();
    assertThat(delivered).as("both are reservation 5").isEqualTo(expiring);
    assertThat(delivered.hashCode()).isEqualTo(expiring.hashCode());
    assertThat(delivered).isNotEqualTo(Handed.withId(booked().reservation(), 6L));
  }

  @Test
  void aBookedHandOverIsRescheduledOrCancelledAndThenNoLonger() {
    Handover handover = booked();
    assertThat(handover.bookedBy()).isEqualTo(COORDINATOR);
    assertThat(handover.supportPerson()).isSameAs(mediator);
    Instant tomorrow = NOW.plusSeconds(86_400);

    handover.reschedule(tomorrow, new Handover.Place(null, "Mairie annexe"), mediator);

    assertThat(handover.appointmentAt()).isEqualTo(tomorrow);
    assertThat(handover.place().address()).isEqualTo("Mairie annexe");
    assertThat(handover.place().structure()).isNull();
    handover.cancel("Réservation libérée", tomorrow);
    assertThat(handover.status()).isEqualTo(HandoverStatus.CANCELLED);
    assertThat(handover.doneAt()).contains(tomorrow);
    assertThat(handover.outcomeNotes()).contains("Réservation libérée");
    assertThatThrownBy(() -> handover.reschedule(NOW, new Handover.Place(epn, null), mediator))
        .isInstanceOf(HandoverClosed.class);
    assertThatThrownBy(() -> handover.cancel("encore", NOW)).isInstanceOf(HandoverClosed.class);
    assertThatThrownBy(() -> handover.refused("encore", NOW)).isInstanceOf(HandoverClosed.class);
  }

  @Test
  void aSignatureIsAPngOfAtMostItsSizeOrAPaperReference() {
    byte[] largest = java.util.Arrays.copyOf(PNG, Handover.MAX_SIGNATURE_BYTES);
    assertThat(new Handover.Signature("Zélie Test", largest, null).png()).hasSize(largest.length);
    byte[] tooLarge = java.util.Arrays.copyOf(PNG, Handover.MAX_SIGNATURE_BYTES + 1);
    assertThatThrownBy(() -> new Handover.Signature("Zélie Test", tooLarge, null))
        .isInstanceOf(SignatureMissing.class);
    byte[] truncated = java.util.Arrays.copyOf(PNG, 7);
    assertThatThrownBy(() -> new Handover.Signature("Zélie Test", truncated, null))
        .isInstanceOf(SignatureMissing.class);
    byte[] almost = PNG.clone();
    almost[7] = 0;
    assertThatThrownBy(() -> new Handover.Signature("Zélie Test", almost, null))
        .as("the last byte of the PNG signature counts too")
        .isInstanceOf(SignatureMissing.class);
    Handover handover = booked();
    handover.complete(
        handover.reservation().device().assetTag().value(),
        new Handover.Signature("Zélie Test", null, "PAP-7"),
        NOW);
    assertThat(handover.paperReference()).contains("PAP-7");
    assertThat(handover.signaturePng()).isEmpty();
  }

  @Test
  void weightsStartAtVersionOneAndKeepTheirPoints() {
    WeightSet.Points points = new WeightSet.Points(50, 40, 30, 1, 5, 20, 10, 15);
    assertThatThrownBy(() -> new WeightSet(0, points, COORDINATOR, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    WeightSet first = new WeightSet(1, points, COORDINATOR, NOW);
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.points()).isEqualTo(points);
    assertThat(first.createdBy()).isEqualTo(COORDINATOR);
    assertThat(first.createdAt()).isEqualTo(NOW);
  }
}
