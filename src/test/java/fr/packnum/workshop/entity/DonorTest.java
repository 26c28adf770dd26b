package fr.packnum.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DonorTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private static Donor.Details details(String name, LocalDate agreementSignedOn) {
    return new Donor.Details(
        name,
        DonorKind.COMPANY,
        "  Alice Martin ",
        " alice@example.org ",
        " 01 23 45 67 89 ",
        agreementSignedOn,
        " AGR-12 ",
        "  ");
  }

  @Test
  void strips_the_name_and_contact_fields_and_turns_blank_ones_into_nothing() {
    Donor donor = new Donor(details("  Acme  ", null), NOW);

    assertThat(donor.name()).isEqualTo("Acme");
    assertThat(donor.kind()).isEqualTo(DonorKind.COMPANY);
    assertThat(donor.details())
        .isEqualTo(
            new Donor.Details(
                "Acme",
                DonorKind.COMPANY,
                "Alice Martin",
                "alice@example.org",
                "01 23 45 67 89",
                null,
                "AGR-12",
                null));
    assertThat(donor.createdAt()).isEqualTo(NOW);
    assertThat(donor.version()).isZero();
    assertThat(donor.id()).isNull();
  }

  @Test
  void refuses_a_missing_or_blank_name() {
    assertThatThrownBy(() -> new Donor(details(null, null), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A donor needs a name");
    assertThatThrownBy(() -> new Donor(details("   ", null), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A donor needs a name");
  }

  @Test
  void refuses_a_missing_kind_or_creation_instant() {
    Donor.Details noKind = new Donor.Details("Acme", null, null, null, null, null, null, null);
    assertThatThrownBy(() -> new Donor(noKind, NOW)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Donor(details("Acme", null), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void has_an_agreement_only_once_it_is_signed() {
    LocalDate signed = LocalDate.of(2026, 3, 1);
    Donor without = new Donor(details("Acme", null), NOW);
    Donor with = new Donor(details("Acme", signed), NOW);

    assertThat(without.hasAgreement()).isFalse();
    assertThat(without.agreementSignedOn()).isEmpty();
    assertThat(with.hasAgreement()).isTrue();
    assertThat(with.agreementSignedOn()).contains(signed);
  }

  @Test
  void describing_again_replaces_every_field() {
    Donor donor = new Donor(details("Acme", LocalDate.of(2026, 3, 1)), NOW);

    donor.describe(
        new Donor.Details(
            "Mairie", DonorKind.PUBLIC_BODY, null, "", null, null, null, " Cartons "));

    assertThat(donor.details())
        .isEqualTo(
            new Donor.Details(
                "Mairie", DonorKind.PUBLIC_BODY, null, null, null, null, null, "Cartons"));
    assertThat(donor.hasAgreement()).isFalse();
  }

  @Test
  void blank_to_null_keeps_text_stripped_and_drops_blank_text() {
    assertThat(Donor.blankToNull(null)).isNull();
    assertThat(Donor.blankToNull(" \t ")).isNull();
    assertThat(Donor.blankToNull(" a b ")).isEqualTo("a b");
  }

  @Test
  void two_donors_without_id_are_not_equal_and_share_one_hash() {
    Donor one = new Donor(details("Acme", null), NOW);
    Donor two = new Donor(details("Acme", null), NOW);

    assertThat(one).isNotEqualTo(two);
    assertThat(one).isNotEqualTo("Acme");
    assertThat(one.hashCode()).isEqualTo(two.hashCode());
  }
}
