package fr.packnum.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.platform.entity.Actor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErasureCertificateTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final Actor THEO = new Actor(7L, "Théo Technicien");

  private static ErasureRecord.Details erasure(ErasureResult result) {
    return new ErasureRecord.Details(
        ErasureMethod.BLOCK_ERASE,
        ErasureStandard.NIST_800_88_PURGE,
        "nwipe 0.37",
        1,
        true,
        result,
        LocalDate.of(2026, 11, 23));
  }

  private static Donation donation() {
    return new Donation(
        new Donor(
            new Donor.Details("Mairie", DonorKind.PUBLIC_BODY, null, null, null, null, null, null),
            NOW),
        LocalDate.of(2026, 11, 20),
        DonationMode.COLLECTION,
        2,
        null,
        NOW);
  }

  /** A device as persisted: JPA gives it its id, from which its asset tag derives. */
  private static Device device(Donation donation, long id) throws ReflectiveOperationException {
    Device device =
        new Device(
            donation,
            "SN-" + id,
            new Device.Specs(
                DeviceType.LAPTOP,
                "Lenovo",
                "T480",
                null,
                8,
                null,
                90,
                true,
                KeyboardLayout.AZERTY_FR,
                null,
                "A1"),
            THEO,
            NOW);
    Field field = Device.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(device, id);
    return device;
  }

  @Test
  void vouches_only_for_the_drives_whose_last_erasure_proves_it() throws Exception {
    Donation donation = donation();
    Device first = device(donation, 1);
    first.addDrive("ERASED", StorageKind.SSD, 256, THEO, NOW);
    first.addDrive("FAILED", StorageKind.HDD, 500, THEO, NOW);
    first.addDrive("UNTOUCHED", StorageKind.HDD, 500, THEO, NOW);
    first.startDiagnosis(THEO, NOW, null);
    first.startRefurbishment(THEO, NOW, null);
    first.recordErasure("ERASED", erasure(ErasureResult.SUCCESS), THEO, NOW);
    first.recordErasure("FAILED", erasure(ErasureResult.FAILURE), THEO, NOW);
    Device second = device(donation, 2);
    second.addDrive("OTHER", StorageKind.SSD, 128, THEO, NOW);
    second.startDiagnosis(THEO, NOW, null);
    second.startRefurbishment(THEO, NOW, null);
    second.recordErasure("OTHER", erasure(ErasureResult.SUCCESS), THEO, NOW);

    ErasureCertificate certificate =
        new ErasureCertificate(donation, null, List.of(first, second), THEO, NOW);

    assertThat(certificate.donation()).isSameAs(donation);
    assertThat(certificate.device()).isEmpty();
    assertThat(certificate.issuedAt()).isEqualTo(NOW);
    assertThat(certificate.issuedBy()).isEqualTo("Théo Technicien");
    assertThat(certificate.deviceCount()).isEqualTo(2);
    assertThat(certificate.driveCount()).isEqualTo(2);
    assertThat(certificate.drives())
        .extracting(
            ErasureCertificate.CertifiedDrive::assetTag,
            ErasureCertificate.CertifiedDrive::driveSerial)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first.assetTag().value(), "ERASED"),
            org.assertj.core.groups.Tuple.tuple(second.assetTag().value(), "OTHER"));
  }

  @Test
  void a_certificate_for_one_device_names_it() throws Exception {
    Donation donation = donation();
    Device only = device(donation, 3);

    ErasureCertificate certificate =
        new ErasureCertificate(donation, only, List.of(only), THEO, NOW);

    assertThat(certificate.device()).containsSame(only);
    assertThat(certificate.deviceCount()).isEqualTo(1);
    assertThat(certificate.driveCount()).isZero();
    assertThat(certificate.drives()).isEmpty();
  }

  @Test
  void its_drive_list_cannot_be_changed_from_outside() throws Exception {
    Donation donation = donation();
    ErasureCertificate certificate =
        new ErasureCertificate(donation, null, List.of(device(donation, 4)), THEO, NOW);

    assertThatThrownBy(() -> certificate.drives().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refuses_to_be_issued_without_a_donation() {
    assertThatThrownBy(() -> new ErasureCertificate(null, null, List.of(), THEO, NOW))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void its_code_is_three_groups_of_four_base32_characters() {
    Donation donation = donation();
    ErasureCertificate certificate = new ErasureCertificate(donation, null, List.of(), THEO, NOW);

    assertThat(certificate.code())
        .matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-" + "[0-9A-HJKMNP-TV-Z]{4}");
  }

  @Test
  void new_codes_use_the_whole_alphabet_and_do_not_repeat() {
    Set<String> codes = new HashSet<>();
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      String code = ErasureCertificate.newCode();
      assertThat(code).hasSize(14);
      assertThat(code.charAt(4)).isEqualTo('-');
      assertThat(code.charAt(9)).isEqualTo('-');
      codes.add(code);
      code.replace("-", "").chars().forEach(c -> seen.add((char) c));
    }
    assertThat(codes).hasSize(500);
    // 6,000 draws among 32 characters: missing one has a probability far below 1e-70.
    assertThat(seen).hasSize(32);
    assertThat(ErasureCertificate.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
  }
}
