package fr.packnum.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DonationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);

  private static Donor donor() {
    return new Donor(
        new Donor.Details("Mairie", DonorKind.PUBLIC_BODY, null, null, null, null, null, null),
        NOW);
  }

  @Test
  void keeps_what_describes_the_batch() {
    Donor donor = donor();
    Donation donation =
        new Donation(donor, RECEIVED, DonationMode.COLLECTION, 12, "  fragile  ", NOW);

    assertThat(donation.donor()).isSameAs(donor);
    assertThat(donation.receivedOn()).isEqualTo(RECEIVED);
    assertThat(donation.mode()).isEqualTo(DonationMode.COLLECTION);
    assertThat(donation.expectedCount()).contains(12);
    assertThat(donation.notes()).contains("fragile");
    assertThat(donation.version()).isZero();
    assertThat(donation.id()).isNull();
  }

  @Test
  void an_unknown_count_and_blank_notes_are_empty() {
    Donation donation = new Donation(donor(), RECEIVED, DonationMode.COLLECTION, null, " ", NOW);

    assertThat(donation.expectedCount()).isEmpty();
    assertThat(donation.notes()).isEmpty();
  }

  @Test
  void accepts_an_expected_count_of_zero_but_not_below() {
    Donation donation = new Donation(donor(), RECEIVED, DonationMode.COLLECTION, 0, null, NOW);
    assertThat(donation.expectedCount()).contains(0);

    assertThatThrownBy(
            () -> new Donation(donor(), RECEIVED, DonationMode.COLLECTION, -1, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected count cannot be negative");
  }

  @Test
  void refuses_a_missing_donor_day_mode_or_creation_instant() {
    assertThatThrownBy(() -> new Donation(null, RECEIVED, DonationMode.COLLECTION, 1, null, NOW))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Donation(donor(), null, DonationMode.COLLECTION, 1, null, NOW))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Donation(donor(), RECEIVED, null, 1, null, NOW))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new Donation(donor(), RECEIVED, DonationMode.COLLECTION, 1, null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void describing_again_replaces_day_mode_count_and_notes() {
    Donation donation = new Donation(donor(), RECEIVED, DonationMode.COLLECTION, 3, "a", NOW);
    LocalDate later = RECEIVED.plusDays(2);
    DonationMode other = DonationMode.DROP_OFF;

    donation.describe(later, other, null, null);

    assertThat(donation.receivedOn()).isEqualTo(later);
    assertThat(donation.mode()).isEqualTo(other);
    assertThat(donation.expectedCount()).isEmpty();
    assertThat(donation.notes()).isEmpty();
  }

  @Test
  void its_reference_is_its_id_on_five_digits() throws ReflectiveOperationException {
    Donation donation = new Donation(donor(), RECEIVED, DonationMode.COLLECTION, 1, null, NOW);
    java.lang.reflect.Field id = Donation.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(donation, 42L);

    assertThat(donation.reference()).isEqualTo("DON-00042");
    assertThat(donation.id()).isEqualTo(42L);
    id.set(donation, 123456L);
    assertThat(donation.reference()).isEqualTo("DON-123456");
  }

  @Test
  void donations_with_the_same_id_are_equal() throws ReflectiveOperationException {
    Donation one = new Donation(donor(), RECEIVED, DonationMode.COLLECTION, 1, null, NOW);
    Donation same = new Donation(donor(), RECEIVED, DonationMode.DROP_OFF, 2, null, NOW);
    Donation other = new Donation(donor(), RECEIVED, DonationMode.COLLECTION, 1, null, NOW);
    java.lang.reflect.Field id = Donation.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(one, 7L);
    id.set(same, 7L);
    id.set(other, 8L);

    assertThat(one).isEqualTo(same).isNotEqualTo(other);
  }

  @Test
  void two_donations_without_id_are_not_equal_and_share_one_hash() {
    Donation one = new Donation(donor(), RECEIVED, DonationMode.COLLECTION, 1, null, NOW);
    Donation two = new Donation(donor(), RECEIVED, DonationMode.COLLECTION, 1, null, NOW);

    assertThat(one).isNotEqualTo(two).isNotEqualTo(null);
    assertThat(one.hashCode()).isEqualTo(two.hashCode());
  }
}
