package fr.packnum.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.platform.control.ProblemException.FieldKey;
import fr.packnum.platform.entity.Actor;
import fr.packnum.platform.entity.Notes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceTest {

  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final Actor THEO = new Actor(7L, "Théo Technicien");
  static final List<String> CHECKLIST = List.of("screen", "keyboard", "wifi");
  static final ErasureRecord.Details PURGED =
      new ErasureRecord.Details(
          ErasureMethod.BLOCK_ERASE,
          ErasureStandard.NIST_800_88_PURGE,
          "nwipe 0.37",
          1,
          true,
          ErasureResult.SUCCESS,
          LocalDate.of(2026, 11, 23));

  private final Donation donation =
      new Donation(
          new Donor(
              new Donor.Details(
                  "Mairie", DonorKind.PUBLIC_BODY, null, null, null, null, null, null),
              NOW),
          LocalDate.of(2026, 11, 20),
          DonationMode.COLLECTION,
          10,
          null,
          NOW);

  private Device laptop() {
    return new Device(
        donation,
        "SN-1",
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
            1_900,
            "A1"),
        THEO,
        NOW);
  }

  /** A laptop with one drive, everything done but {@code skipped} steps: READY may be asked. */
  private Device refurbishedWithout(String... skipped) {
    List<String> skip = List.of(skipped);
    Device device = laptop();
    device.addDrive("DRIVE-1", StorageKind.SSD, 256, THEO, NOW);
    device.startDiagnosis(THEO, NOW, null);
    device.startRefurbishment(THEO, NOW, null);
    if (!skip.contains("erasure")) {
      device.recordErasure("DRIVE-1", PURGED, THEO, NOW);
    }
    if (!skip.contains("functionalTest")) {
      device.recordFunctionalTest(
          Map.of("screen", true, "keyboard", true, "wifi", true), null, THEO, NOW);
    }
    if (!skip.contains("operatingSystem")) {
      device.installOperatingSystem("Linux Mint", "22", null, THEO, NOW);
    }
    if (!skip.contains("grade")) {
      device.grade(Grade.B, THEO, NOW);
    }
    return device;
  }

  private Device refurbished() {
    return refurbishedWithout();
  }

  private static List<String> fields(DeviceNotReady refusal) {
    return refusal.missing().stream().map(FieldKey::field).toList();
  }

  @Test
  void readyWhenEveryRequirementHolds() {
    Device device = refurbished();
    device.markReady(CHECKLIST, THEO, NOW, null);
    assertThat(device.status()).isEqualTo(DeviceStatus.READY);
  }

  @Test
  void readyRequiresAnErasureRecord() {
    assertThat(fields(assertRefused(refurbishedWithout("erasure")))).containsExactly("erasure");
  }

  @Test
  void readyRequiresAnErasureRecordForEveryDrive() {
    Device device = refurbished();
    device.addDrive("DRIVE-2", StorageKind.HDD, 500, THEO, NOW);
    assertThatThrownBy(() -> device.markReady(CHECKLIST, THEO, NOW, null))
        .isInstanceOfSatisfying(
            DeviceNotReady.class,
            refusal -> {
              assertThat(fields(refusal)).containsExactly("erasure");
              assertThat(refusal.missing().get(0).args()).containsExactly("DRIVE-2");
            });
    assertThat(device.status()).isEqualTo(DeviceStatus.IN_REFURBISHMENT);
  }

  @Test
  void anUnverifiedOrFailedErasureDoesNotCount() {
    Device device = refurbished();
    device.recordErasure(
        "DRIVE-1",
        new ErasureRecord.Details(
            ErasureMethod.OVERWRITE,
            ErasureStandard.NIST_800_88_CLEAR,
            "nwipe",
            1,
            false,
            ErasureResult.SUCCESS,
            LocalDate.of(2026, 11, 23)),
        THEO,
        NOW);
    assertThat(fields(assertRefused(device))).containsExactly("erasure");
    device.recordErasure(
        "DRIVE-1",
        new ErasureRecord.Details(
            ErasureMethod.OVERWRITE,
            ErasureStandard.NIST_800_88_CLEAR,
            "nwipe",
            1,
            true,
            ErasureResult.FAILURE,
            LocalDate.of(2026, 11, 23)),
        THEO,
        NOW);
    assertThat(fields(assertRefused(device))).containsExactly("erasure");
  }

  @Test
  void aDeviceWithoutDrivesNeedsTheNoStorageExemption() {
    Device screen =
        new Device(
            donation,
            "SCREEN-1",
            new Device.Specs(
                DeviceType.SCREEN,
                null,
                null,
                null,
                null,
                new BigDecimal("23.8"),
                null,
                null,
                null,
                null,
                null),
            THEO,
            NOW);
    screen.startDiagnosis(THEO, NOW, null);
    screen.startRefurbishment(THEO, NOW, null);
    screen.recordFunctionalTest(Map.of("display", true), null, THEO, NOW);
    screen.grade(Grade.A, THEO, NOW);
    assertThat(fields(assertRefused(screen, List.of("display")))).containsExactly("erasure");
    screen.recordNoStorage("Écran : aucun support de stockage", THEO, NOW);
    screen.markReady(List.of("display"), THEO, NOW, null);
    assertThat(screen.status()).isEqualTo(DeviceStatus.READY);
  }

  @Test
  void readyRequiresEveryChecklistItemPassed() {
    Device device = refurbished();
    device.recordFunctionalTest(
        Map.of("screen", true, "keyboard", false, "wifi", true), null, THEO, NOW);
    DeviceNotReady refusal = assertRefused(device);
    assertThat(fields(refusal)).containsExactly("functionalTest");
    assertThat(refusal.missing().get(0).args()).containsExactly("keyboard");
  }

  @Test
  void readyRequiresAFunctionalTestRun() {
    assertThat(fields(assertRefused(refurbishedWithout("functionalTest"))))
        .containsExactly("functionalTest");
  }

  @Test
  void readyRequiresAnOperatingSystemOnComputers() {
    assertThat(fields(assertRefused(refurbishedWithout("operatingSystem"))))
        .containsExactly("operatingSystem");
  }

  @Test
  void readyRequiresAGrade() {
    assertThat(fields(assertRefused(refurbishedWithout("grade")))).containsExactly("grade");
  }

  @Test
  void transitionsFollowTheLifecycle() {
    Device device = laptop();
    assertThatThrownBy(() -> device.startRefurbishment(THEO, NOW, null))
        .isInstanceOf(TransitionRefused.class);
    assertThatThrownBy(() -> device.markReady(CHECKLIST, THEO, NOW, null))
        .isInstanceOf(TransitionRefused.class);
    assertThatThrownBy(() -> device.grade(Grade.A, THEO, NOW)).isInstanceOf(NotOnTheBench.class);
    device.startDiagnosis(THEO, NOW, null);
    assertThat(device.status()).isEqualTo(DeviceStatus.IN_DIAGNOSIS);
  }

  @Test
  void scrappingRecordsChannelAndWeightAndEndsTheWork() {
    Device device = laptop();
    device.startDiagnosis(THEO, NOW, null);
    device.scrap(
        ScrapChannel.WEEE_RECYCLER,
        new BigDecimal("2.35"),
        "ECO-2026-118",
        THEO,
        NOW,
        "carte mère HS");
    assertThat(device.status()).isEqualTo(DeviceStatus.SCRAPPED);
    assertThat(device.scrapWeightKg()).contains(new BigDecimal("2.35"));
    assertThatThrownBy(() -> device.startDiagnosis(THEO, NOW, null))
        .isInstanceOf(TransitionRefused.class);
    assertThatThrownBy(() -> device.scrap(ScrapChannel.WEEE_RECYCLER, null, null, THEO, NOW, null))
        .isInstanceOf(TransitionRefused.class);
  }

  @Test
  void everyStepIsInTheHistory() {
    Device device = refurbished();
    device.markReady(CHECKLIST, THEO, NOW, "prêt");
    assertThat(device.events())
        .extracting(DeviceEvent::kind)
        .containsExactly(
            DeviceEventKind.RECEIVED,
            DeviceEventKind.DRIVE_ADDED,
            DeviceEventKind.STATUS_CHANGED,
            DeviceEventKind.STATUS_CHANGED,
            DeviceEventKind.ERASURE_RECORDED,
            DeviceEventKind.TEST_RECORDED,
            DeviceEventKind.OS_INSTALLED,
            DeviceEventKind.GRADED,
            DeviceEventKind.STATUS_CHANGED);
    assertThat(device.events()).allSatisfy(e -> assertThat(e.actor()).isEqualTo(THEO));
  }

  @Test
  void theWorkshopRecordsAWeightWithinWhatADeviceCanWeigh() {
    assertThat(laptop().specs().weightGrams()).isEqualTo(1_900);
    for (int grams :
        new int[] {Device.Specs.MIN_WEIGHT_GRAMS - 1, Device.Specs.MAX_WEIGHT_GRAMS + 1}) {
      assertThatThrownBy(
              () ->
                  new Device.Specs(
                      DeviceType.LAPTOP,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      grams,
                      null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aHistoryLinesNotesFollowTheOneNotesRule() {
    Device device = laptop();
    device.startDiagnosis(THEO, NOW, "  " + "n".repeat(1200));

    DeviceEvent line = device.events().get(device.events().size() - 1);
    assertThat(line.notes()).hasValueSatisfying(n -> assertThat(n).hasSize(Notes.MAX_LENGTH));
    assertThat(line.actor()).isEqualTo(THEO);
  }

  @Test
  void aDriveMustBeKnownToBeErased() {
    Device device = refurbished();
    assertThatThrownBy(() -> device.recordErasure("NOPE", PURGED, THEO, NOW))
        .isInstanceOf(DriveNotFound.class);
  }

  private DeviceNotReady assertRefused(Device device) {
    return assertRefused(device, CHECKLIST);
  }

  private DeviceNotReady assertRefused(Device device, List<String> checklist) {
    try {
      device.markReady(checklist, THEO, NOW, null);
    } catch (DeviceNotReady refusal) {
      assertThat(device.status()).isNotEqualTo(DeviceStatus.READY);
      return refusal;
    }
    throw new AssertionError("READY was not refused");
  }

  @Test
  void aReceivedDeviceMayTakeADriveAndGoToTheBenchButNotBeScrapped() {
    Device device = laptop();
    assertThat(device.actions())
        .containsExactlyInAnyOrder(
            Device.Action.LABEL,
            Device.Action.DESCRIBE,
            Device.Action.ADD_DRIVE,
            Device.Action.MOVE);
  }

  @Test
  void onTheBenchTheStepsFollowTheDrives() {
    Device device = laptop();
    device.startDiagnosis(THEO, NOW, null);
    assertThat(device.moves()).containsExactly(DeviceStatus.IN_REFURBISHMENT);
    assertThat(device.actions())
        .contains(Device.Action.BENCH_WORK, Device.Action.RECORD_NO_STORAGE, Device.Action.SCRAP)
        .doesNotContain(Device.Action.RECORD_ERASURE, Device.Action.CERTIFICATE);
    device.addDrive("DRIVE-1", StorageKind.SSD, 256, THEO, NOW);
    assertThat(device.actions())
        .contains(Device.Action.RECORD_ERASURE)
        .doesNotContain(Device.Action.RECORD_NO_STORAGE, Device.Action.CERTIFICATE);
    device.recordErasure("DRIVE-1", PURGED, THEO, NOW);
    assertThat(device.actions()).contains(Device.Action.CERTIFICATE);
  }

  @Test
  void aDeviceWithoutStorageIsCertifiableOnceTheExemptionIsRecorded() {
    Device device = laptop();
    device.startDiagnosis(THEO, NOW, null);
    device.recordNoStorage("Écran seul", THEO, NOW);
    assertThat(device.actions())
        .contains(Device.Action.CERTIFICATE)
        .doesNotContain(Device.Action.RECORD_NO_STORAGE);
  }

  @Test
  void aReadyDeviceIsMovedOnlyByMatchingAndAScrappedOneOnlyLabelled() {
    Device ready = refurbished();
    ready.markReady(CHECKLIST, THEO, NOW, null);
    assertThat(ready.actions())
        .doesNotContain(
            Device.Action.MOVE,
            Device.Action.SCRAP,
            Device.Action.BENCH_WORK,
            Device.Action.ADD_DRIVE)
        .contains(Device.Action.DESCRIBE, Device.Action.CERTIFICATE);
    Device scrapped = laptop();
    scrapped.startDiagnosis(THEO, NOW, null);
    scrapped.scrap(ScrapChannel.WEEE_RECYCLER, new BigDecimal("2"), null, THEO, NOW, null);
    assertThat(scrapped.actions()).containsExactly(Device.Action.LABEL);
  }

  @Test
  void benchStepsAreRefusedBeforeDiagnosisStarts() {
    Device device = laptop();
    device.addDrive("DRIVE-1", StorageKind.SSD, 256, THEO, NOW);

    assertThatThrownBy(() -> device.recordErasure("DRIVE-1", PURGED, THEO, NOW))
        .isInstanceOf(NotOnTheBench.class);
    assertThatThrownBy(() -> device.recordNoStorage("Écran seul", THEO, NOW))
        .isInstanceOf(NotOnTheBench.class);
    assertThatThrownBy(() -> device.recordFunctionalTest(Map.of("screen", true), null, THEO, NOW))
        .isInstanceOf(NotOnTheBench.class);
    assertThatThrownBy(() -> device.installOperatingSystem("Linux Mint", null, null, THEO, NOW))
        .isInstanceOf(NotOnTheBench.class);
    assertThatThrownBy(() -> device.usePart("Barrette 8 Go", null, THEO, NOW))
        .isInstanceOf(NotOnTheBench.class);
    assertThat(device.drive("DRIVE-1").orElseThrow().erasures()).isEmpty();
    assertThat(device.lastTest()).isEmpty();
    assertThat(device.osName()).isEmpty();
    assertThat(device.parts()).isEmpty();
  }

  @Test
  void aReadyDeviceTakesNoMoreDrivesAndADriveIsRecordedOnce() {
    Device device = refurbished();
    assertThatThrownBy(() -> device.addDrive("drive-1 ", StorageKind.HDD, 500, THEO, NOW))
        .as("the same serial, whatever its case")
        .isInstanceOf(DriveAlreadyRecorded.class);
    device.markReady(CHECKLIST, THEO, NOW, null);

    assertThatThrownBy(() -> device.addDrive("DRIVE-2", StorageKind.HDD, 500, THEO, NOW))
        .isInstanceOf(NotOnTheBench.class);
    assertThat(device.drives()).extracting(StorageDrive::serial).containsExactly("DRIVE-1");
  }

  @Test
  void recordedDrivesAndErasuresAreTheOnesReturned() {
    Device device = laptop();
    StorageDrive drive = device.addDrive(" DRIVE-9 ", StorageKind.NVME, 512, THEO, NOW);
    device.startDiagnosis(THEO, NOW, null);

    ErasureRecord erasure = device.recordErasure("drive-9", PURGED, THEO, NOW);

    assertThat(drive.serial()).isEqualTo("DRIVE-9");
    assertThat(drive.kind()).isEqualTo(StorageKind.NVME);
    assertThat(drive.sizeGb()).contains(512);
    assertThat(device.drive("DRIVE-9")).containsSame(drive);
    assertThat(erasure.details()).isEqualTo(PURGED);
    assertThat(erasure.recordedAt()).isEqualTo(NOW);
    assertThat(drive.lastErasure()).containsSame(erasure);
    assertThat(drive.isErased()).isTrue();
  }

  @Test
  void noStorageNeedsAReasonAndIsRefusedOnceADriveIsKnown() {
    Device device = laptop();
    device.startDiagnosis(THEO, NOW, null);
    assertThatThrownBy(() -> device.recordNoStorage("  ", THEO, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    device.recordNoStorage("  Boîtier vide ", THEO, NOW);
    assertThat(device.noStorageReason()).contains("Boîtier vide");

    device.addDrive("DRIVE-1", StorageKind.SSD, 128, THEO, NOW);

    assertThat(device.noStorageReason()).as("a drive found replaces the exemption").isEmpty();
    assertThatThrownBy(() -> device.recordNoStorage("Écran seul", THEO, NOW))
        .isInstanceOf(DeviceHasDrives.class);
  }

  @Test
  void theOperatingSystemNeedsANameAndKeepsItsVersionAndLicence() {
    Device device = laptop();
    device.startDiagnosis(THEO, NOW, null);
    assertThatThrownBy(() -> device.installOperatingSystem(" ", "22", null, THEO, NOW))
        .isInstanceOf(IllegalArgumentException.class);

    device.installOperatingSystem(" Windows 11 ", "24H2", "Licence reconditionneur", THEO, NOW);

    assertThat(device.osName()).contains("Windows 11");
    assertThat(device.osVersion()).contains("24H2");
    assertThat(device.osLicence()).contains("Licence reconditionneur");
    device.grade(Grade.C, THEO, NOW);
    assertThat(device.grade()).contains(Grade.C);
  }

  @Test
  void theLastFunctionalTestIsTheOneThatCounts() {
    Device device = laptop();
    device.startDiagnosis(THEO, NOW, null);
    device.recordFunctionalTest(Map.of("screen", false, "keyboard", true), null, THEO, NOW);
    device.recordFunctionalTest(
        Map.of("screen", true, "keyboard", true), null, THEO, NOW.plusSeconds(60));

    FunctionalTest last = device.lastTest().orElseThrow();

    assertThat(last.testedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(last.items()).containsEntry("screen", true).containsEntry("keyboard", true);
    assertThat(last.notPassed(List.of("screen", "keyboard", "wifi"))).containsExactly("wifi");
    assertThatThrownBy(() -> device.recordFunctionalTest(Map.of(), null, THEO, NOW))
        .as("a test checks at least one item")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNewPartIsFittedOnTheBenchAndADeviceCannotGiveItsOwnParts() {
    Device device = laptop();
    device.startDiagnosis(THEO, NOW, null);

    PartUsage part = device.usePart("  Barrette 8 Go DDR4 ", null, THEO, NOW);

    assertThat(part.description()).isEqualTo("Barrette 8 Go DDR4");
    assertThat(part.source()).isEqualTo(PartSource.NEW);
    assertThat(part.harvestedFrom()).isEmpty();
    assertThat(part.usedAt()).isEqualTo(NOW);
    assertThat(device.parts()).containsExactly(part);
    assertThatThrownBy(() -> device.usePart("Écran", device, THEO, NOW))
        .isInstanceOf(PartFromSameDevice.class);
    assertThatThrownBy(() -> device.usePart(" ", null, THEO, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(device.isPartsDonor()).isFalse();
  }

  @Test
  void describingCorrectsTheSpecsUntilTheDeviceIsScrapped() {
    Device device = laptop();
    Device.Specs corrected =
        new Device.Specs(
            DeviceType.DESKTOP, "HP", "EliteDesk", "i5", 16, null, null, null, null, 5_400, "B2");

    device.describe(corrected, THEO, NOW);

    assertThat(device.specs()).isEqualTo(corrected);
    assertThat(device.type()).isEqualTo(DeviceType.DESKTOP);
    device.startDiagnosis(THEO, NOW, null);
    device.scrap(ScrapChannel.WEEE_RECYCLER, new BigDecimal("5"), " ", THEO, NOW, null);
    assertThat(device.scrapChannel()).contains(ScrapChannel.WEEE_RECYCLER);
    assertThat(device.scrapReceipt()).isEmpty();
    assertThatThrownBy(() -> device.describe(corrected, THEO, NOW))
        .isInstanceOf(NotOnTheBench.class);
  }

  @Test
  void scrappingNeedsAPositiveWeight() {
    Device device = laptop();
    device.startDiagnosis(THEO, NOW, null);
    assertThatThrownBy(
            () -> device.scrap(ScrapChannel.WEEE_RECYCLER, BigDecimal.ZERO, null, THEO, NOW, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(device.status()).isEqualTo(DeviceStatus.IN_DIAGNOSIS);
  }

  @Test
  void intakeTidiesTheSerialAndStartsTheClock() {
    Device device = laptop();
    assertThat(device.serial()).isEqualTo("SN-1");
    assertThat(device.donation()).isSameAs(donation);
    assertThat(device.status()).isEqualTo(DeviceStatus.RECEIVED);
    assertThat(device.statusSince()).isEqualTo(NOW);
    assertThat(device.createdAt()).isEqualTo(NOW);
    Instant later = NOW.plusSeconds(3_600);
    device.startDiagnosis(THEO, later, null);
    assertThat(device.statusSince()).isEqualTo(later);
    assertThat(device.createdAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> new Device(donation, " ", device.specs(), THEO, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoDevicesAreTheSameWhenTheirSerialsAre() {
    Device device = laptop();
    Device sameSerial = laptop();
    Device other = new Device(donation, "SN-2", device.specs(), THEO, NOW);

    assertThat(device).isEqualTo(sameSerial).hasSameHashCodeAs(sameSerial).isNotEqualTo(other);
    assertThat(device).isNotEqualTo("SN-1");
  }

  @Test
  void aReturnedDeviceNeedsANewErasureAndTestBeforeItIsReadyAgain() {
    Device device = refurbished();
    device.markReady(CHECKLIST, THEO, NOW, null);
    device.certificateIssued("EC-OLD", THEO, NOW);
    device.reserveFor("P-AAAAAA", THEO, NOW);
    device.deliver(THEO, NOW);
    assertThat(device.lastCertificateCode()).contains("EC-OLD");
    Instant back = NOW.plusSeconds(86_400);

    device.returnFromHousehold(THEO, back, "Retour : en panne");

    assertThat(device.status()).isEqualTo(DeviceStatus.RETURNED);
    assertThat(device.reservedFor()).isEmpty();
    assertThat(device.lastReturnedAt()).contains(back);
    assertThat(device.events().get(device.events().size() - 1).notes())
        .contains("P-AAAAAA · Retour : en panne");
    assertThat(device.lastCertificateCode())
        .as("the old certificate says nothing of what the household left")
        .isEmpty();
    assertThat(device.moves()).containsExactly(DeviceStatus.IN_DIAGNOSIS);
    assertThat(device.drives().get(0).isErased()).isFalse();
    assertThat(device.certifiable()).isFalse();

    Instant bench = back.plusSeconds(3_600);
    device.startDiagnosis(THEO, bench, null);
    device.startRefurbishment(THEO, bench, null);
    assertThat(fields(assertRefused(device))).containsExactly("erasure", "functionalTest");

    device.recordErasure("DRIVE-1", PURGED, THEO, bench);
    assertThat(device.certifiable()).isTrue();
    assertThat(fields(assertRefused(device))).containsExactly("functionalTest");
    device.recordFunctionalTest(
        Map.of("screen", true, "keyboard", true, "wifi", true), null, THEO, bench);
    device.markReady(CHECKLIST, THEO, bench, null);
    assertThat(device.status()).isEqualTo(DeviceStatus.READY);
  }

  @Test
  void onlyADeliveredDeviceComesBackAndAReplacementNamesTheOneItReplaces() {
    Device ready = refurbished();
    ready.markReady(CHECKLIST, THEO, NOW, null);
    assertThatThrownBy(() -> ready.returnFromHousehold(THEO, NOW, null))
        .isInstanceOf(TransitionRefused.class);

    ready.reserveFor("P-AAAAAA", "PN-00001X", THEO, NOW);

    assertThat(ready.reservedFor()).contains("P-AAAAAA");
    assertThat(ready.events().get(ready.events().size() - 1).notes())
        .contains("P-AAAAAA · remplace PN-00001X");
    ready.deliver(THEO, NOW);
    ready.returnFromHousehold(THEO, NOW, " ");
    assertThat(ready.events().get(ready.events().size() - 1).notes()).contains("P-AAAAAA");
  }
}
